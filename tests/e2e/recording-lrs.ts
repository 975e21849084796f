/**
 * A small learning record store on 127.0.0.1 for the cmi5 browser test: just what a cmi5 launch needs
 * (@xapi/cmi5 and the cmi5 spec): the fetch URL that hands out the auth token once, the LMS.LaunchData state,
 * the learner preferences profile, and statements by POST or PUT. It records every statement and every
 * request, and answers CORS preflights because the LRS is another origin than the app, as in real life.
 */
import { randomUUID } from 'node:crypto';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export const SESSION_ID_EXTENSION = 'https://w3id.org/xapi/cmi5/context/extensions/sessionid';

export interface RecordingLrs {
  origin: string;
  /** The launch URL's endpoint (ends with a slash) and fetch URL. */
  endpoint: string;
  fetchUrl: string;
  sessionId: string;
  statements: Record<string, unknown>[];
  /** `METHOD path` of every request, preflights left out. */
  requests: string[];
  /** Requests that came without the token the fetch URL handed out. */
  unauthorised: string[];
  close(): Promise<void>;
}

const TOKEN = Buffer.from('ruimte-test:secret').toString('base64');

export async function startRecordingLrs({ courseId, masteryScore }: { courseId: string; masteryScore?: number }): Promise<RecordingLrs> {
  const statements: Record<string, unknown>[] = [];
  const requests: string[] = [];
  const unauthorised: string[] = [];
  const sessionId = randomUUID();
  let tokenFetched = false;

  const cors = {
    'access-control-allow-origin': '*',
    'access-control-allow-methods': 'GET, POST, PUT, OPTIONS',
    'access-control-allow-headers': 'Authorization, Content-Type, X-Experience-API-Version',
    'access-control-expose-headers': 'X-Experience-API-Version',
    'x-experience-api-version': '1.0.3',
  };
  const json = (response: ServerResponse, status: number, body: unknown) => {
    response.writeHead(status, { ...cors, 'content-type': 'application/json' });
    response.end(JSON.stringify(body));
  };
  const readBody = (request: IncomingMessage) =>
    new Promise<string>((done) => {
      let body = '';
      request.on('data', (chunk: Buffer) => (body += chunk.toString('utf8')));
      request.on('end', () => done(body));
    });

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://127.0.0.1');
    if (request.method === 'OPTIONS') {
      response.writeHead(204, cors);
      return response.end();
    }
    requests.push(`${request.method} ${url.pathname}`);
    const body = await readBody(request);
    if (url.pathname === '/fetch' && request.method === 'POST') {
      // cmi5: the fetch URL answers once; a second call gets an error in the body.
      if (tokenFetched) return json(response, 200, { 'error-code': '1', 'error-text': 'The fetch URL was already used' });
      tokenFetched = true;
      return json(response, 200, { 'auth-token': TOKEN });
    }
    if (request.headers.authorization !== `Basic ${TOKEN}`) {
      unauthorised.push(`${request.method} ${url.pathname}`);
      return json(response, 401, { message: 'unauthorised' });
    }
    if (url.pathname === '/xapi/activities/state' && request.method === 'GET' && url.searchParams.get('stateId') === 'LMS.LaunchData') {
      return json(response, 200, {
        contextTemplate: {
          contextActivities: { grouping: [{ objectType: 'Activity', id: courseId }] },
          extensions: { [SESSION_ID_EXTENSION]: sessionId },
        },
        launchMode: 'Normal',
        moveOn: 'CompletedOrPassed',
        ...(masteryScore === undefined ? {} : { masteryScore }),
      });
    }
    if (url.pathname === '/xapi/agents/profile' && request.method === 'GET') return json(response, 200, { languagePreference: 'nl-NL' });
    if (url.pathname === '/xapi/statements' && (request.method === 'POST' || request.method === 'PUT')) {
      const parsed = JSON.parse(body) as Record<string, unknown> | Record<string, unknown>[];
      const list = Array.isArray(parsed) ? parsed : [parsed];
      statements.push(...list);
      if (request.method === 'PUT') {
        response.writeHead(204, cors);
        return response.end();
      }
      return json(
        response,
        200,
        list.map((s) => s.id),
      );
    }
    return json(response, 404, { message: 'not found' });
  };
  const server = createServer((request, response) => {
    handle(request, response).catch(() => json(response, 500, { message: 'test LRS failed' }));
  });
  await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
  const origin = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  return {
    origin,
    endpoint: `${origin}/xapi/`,
    fetchUrl: `${origin}/fetch`,
    sessionId,
    statements,
    requests,
    unauthorised,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}
