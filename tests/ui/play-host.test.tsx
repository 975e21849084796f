import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import type { PlayEnded, PlayStarted, PlayTurn } from '../../src/app/play/play-host.ts';
import { pressOption, renderApp } from './render.tsx';

const PLAY = '#/s/test-welkom/play';
const options = () => screen.findByRole('group', { name: 'Wat zegt u?' });

describe('the play host: observers hear every play, a host may bring saved progress', { timeout: 20_000 }, () => {
  it('tells every observer about the start and each turn, and a throwing observer does not stop play', async () => {
    const heard: string[] = [];
    const observer = {
      started: (e: PlayStarted) => heard.push(`started ${e.scenario.id} resumed=${e.resumed}`),
      turn: (e: PlayTurn) => heard.push(`turn ${e.state.turn} ${e.explanation.optionId}`),
      ended: (e: PlayEnded) => heard.push(`ended ${e.state.ending?.id ?? 'none'}`),
    };
    const broken = {
      turn: () => {
        throw new Error('LMS gone');
      },
    };
    const { user } = renderApp({ hash: PLAY, host: { observers: [broken, observer] } });
    await options();
    await pressOption(user, '1');
    await pressOption(user, '2');
    expect(heard).toEqual(['started test-welkom resumed=false', 'turn 1 welkom', 'turn 2 reflectie']);
  });

  it('continues the conversation the host kept instead of starting fresh', async () => {
    const host = { observers: [], savedProgress: () => ({ seed: 7, choices: ['welkom', 'reflectie'] }) };
    renderApp({ hash: PLAY, host });
    await options();
    expect(screen.getByText('Spannend eigenlijk.')).toBeInTheDocument();
    expect(screen.getByText('U gaat verder waar u was gebleven, bij beurt 3.')).toBeInTheDocument();
  });
});
