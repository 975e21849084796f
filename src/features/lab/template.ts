/**
 * The Lab's starting point: a small, valid scenario of five moments that shows every part a trainer needs
 * (persona, a fact, an agreement, mode-dependent text, a mode-dependent next, three kinds of ending).
 * Kept as a string so the editor shows the author's own layout and comments.
 */
export const TEMPLATE_YAML = `# Een nieuw scenario. Pas de teksten aan en kijk rechts of alles klopt.
formatVersion: 1
id: mijn-scenario
version: 1
title: Mijn eerste scenario
summary: Sanne (38) komt voor het eerst bij het loket. Hoe begint u het gesprek?
domain: werk-en-inkomen
level: basis
durationMinutes: 5
learningGoals:
  - Beginnen met een welkom en een open vraag.
  - Samen afspraken opschrijven.
changeGoal: Sanne weet wat ze de volgende keer meeneemt.

persona:
  name: Sanne Jansen
  age: 38
  situation: Sanne heeft haar baan verloren en weet niet hoe ze de huur moet betalen.
  caseFile: Aanvraag via de website. Eerste afspraak.
  chronicLoad: 50
  trust: 30
  trait: flight
  facts:
    - id: huur
      topic: Huurachterstand
      truth: Sanne heeft de huur van twee maanden niet betaald.
      sensitivity: 55
      answers:
        accurate: Ik heb de huur van twee maanden nog niet betaald.
        vague: Het is een beetje krap met de huur.
        omitted: Het gaat wel.
        wrong: Nee, alles is betaald.
  agreements:
    - id: afschriften
      text: Sanne stuurt de afschriften van de laatste drie maanden.

start: welkom

moments:
  - id: welkom
    phase: engaging
    client: Goedemorgen. Ik ben Sanne Jansen, ik heb een afspraak.
    thought: Ik hoop dat het snel voorbij is.
    options:
      - id: open-welkom
        text: Welkom, fijn dat u er bent. Hoe is het voor u om hier te zijn?
        codes: [greeting, question-open]
        features: { questions: 1, asksAboutStress: true }
        reply: Spannend, eerlijk gezegd.
        next: verhaal
      - id: papieren
        text: Goedemorgen. Heeft u uw afschriften en uw identiteitsbewijs bij u?
        codes: [greeting, question-closed]
        features: { questions: 1, demands: 2 }
        reply: Eh, niet alles.
        next: verhaal

  - id: verhaal
    phase: focusing
    client:
      default: Ik weet eigenlijk niet goed waar ik moet beginnen.
      closed: Zeg maar wat u moet weten.
    options:
      - id: vertel-maar
        text: Vertelt u maar wat er is gebeurd. We hebben de tijd.
        codes: [question-open]
        features: { questions: 1 }
        asks: [huur]
        next: zorgen
      - id: huur-betaald
        text: Heeft u de huur van deze maand betaald?
        codes: [question-closed]
        features: { questions: 1 }
        asks: [huur]
        next: zorgen

  - id: zorgen
    phase: evoking
    client: Ik lig er wakker van. Ik wil niet op straat komen te staan.
    options:
      - id: reflectie
        text: U maakt zich grote zorgen over uw huis.
        codes: [reflection-complex]
        reply:
          default: Ja. Precies.
          opening: Ja. En ik durf het niemand te vertellen.
        next: plan
      - id: regels
        text: Niet betalen heeft gevolgen. Dat zijn de regels.
        codes: [giving-information, confront]
        features: { threat: true }
        reply:
          default: Dat weet ik ook wel.
          closed: "(Sanne kijkt naar de deur.)"
          flight: Misschien moet ik maar gaan.
        next: plan

  - id: plan
    phase: planning
    client: Wat moet ik nu doen?
    options:
      - id: samen-kiezen
        text: Zullen we samen kijken wat de eerste stap is? U beslist mee.
        codes: [seek-collaboration, emphasize-autonomy]
        reply:
          default: Ja, graag.
          closed: Als het moet.
          opening: Ja, graag. Ik denk dat de huur eerst moet.
        next: afspraak
      - id: opdracht
        text: U moet eerst alle afschriften sturen. Anders kan ik niets doen.
        codes: [persuade]
        features: { demands: 1 }
        reply:
          default: Oké.
          closed: "(Sanne knikt, maar schrijft niets op.)"
          opening: Oké. Welke afschriften precies?
        next: afspraak

  - id: afspraak
    phase: planning
    client: Wat spreken we af?
    options:
      - id: opschrijven
        text: Zullen we samen opschrijven wat u de volgende keer meeneemt?
        codes: [seek-collaboration]
        features: { writtenAgreement: true }
        agrees: [afschriften]
        reply:
          default: Ja, dan vergeet ik het niet.
          closed: Goed.
          opening: Ja, dan vergeet ik het niet. Dat gebeurt me nu vaak.
        next:
          default: einde-goed
          closed: einde-gewoon
      - id: zeggen
        text: Stuurt u de afschriften van drie maanden op?
        codes: [giving-information]
        agrees: [afschriften]
        reply:
          default: Ik zal het proberen.
          closed: "(Sanne staat al half op.)"
          opening: Ik zal het proberen. Mag ik bellen als het niet lukt?
        next: end

endings:
  - id: einde-weg
    title: Weggelopen
    text: Sanne staat op en gaat weg.
    walkOut: true
  - id: einde-goed
    title: Met een plan naar huis
    text: Sanne gaat naar huis met een briefje en weet wat ze moet doen.
    when:
      modes: [open, opening]
      minTrust: 35
  - id: einde-gewoon
    title: Afgerond
    text: Het gesprek is afgelopen.
`;
