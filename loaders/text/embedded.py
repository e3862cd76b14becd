"""The embedded extraction backend: rules and word lists, offline and deterministic.

Per sentence (sentencex), with the actors the lexicon finds in it:

1. **People and organisations named with a cue** (``titles`` and ``org_heads`` of the
   language's rules): "NATO Secretary General Mark Rutte" gives a new person, a
   ``LEADER_OF`` role toward NATO, and later "Rutte" alone is the same person. The
   state or organisation inside such a description is not a participant of the events.
2. **Attribution**: cue verbs (confirm, report, deny), "according to" phrases and hedges
   ("allegedly", "presumibilmente", a conditional of hearsay) with the actor they belong
   to: the nearest name before the verb (with the names joined to it by "and"), else just
   after it (an inverted subject), else an unnamed source ("intelligence officials").
3. **Events** from trigger lemmas (``events`` of the rules), each with the sentence's
   other actors in roles: before the trigger the agent (sender, supplier, visitor...),
   after it the patient (host, recipient...), prepositions ("to", "by") and passives
   deciding where they say so; symmetric events (meeting, cooperation, signing) give all
   the same role.
4. **Dates** of the sentence (``loaders.text.dates``), **agreements** by name or
   back-reference ("the treaty").

Everything the rules could not settle is said in a note for the reviewer.
"""

from __future__ import annotations

import bisect
import copy
import datetime as dt
import re
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field, replace
from functools import lru_cache

import sentencex
import simplemma

from loaders.crosswalk import slug
from loaders.document import EVENT_ROLES, EventType, MilestoneType
from loaders.text.dates import FoundDate, find_dates
from loaders.text.lexicon import (
    Matcher,
    Mention,
    body_concept,
    family_name,
    known_person,
    media_pattern,
    state_body_name,
)
from loaders.text.normalize import fold_key
from loaders.text.rules import EventRule, LanguageRules, WordSet

_WORD = re.compile(r"[^\W_]+")  # words; "x_y" is two, as the folding makes it
#: "PYONGYANG, June 19 — ", "VLADIVOSTOK, Russia, Sept. 14 — ", "(ANSA) - MOSCA, 4 DIC - ":
#: a wire report's dateline.
_DATELINE = re.compile(r"\s*(?:\(\w+\)\s*[-–—]\s*)?[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ .'’-]+,"
                       r"[^\n—–\d]{0,24}\d[^\n—–]{0,14}?\s[-–—]\s")
_DETERMINERS = frozenset({"these", "those", "this", "that", "such", "its", "their", "his", "her",
                          "questi", "queste", "questo", "questa", "tali", "ces", "cette", "leurs",
                          "sue", "suoi", "sua", "suo", "ses", "son", "sa"})
_GERUNDS = ("ando", "endo", "ing", "ant")
# someone's words rejected ("dismissed the remarks as hysteria"): no fact denied
_REMARK_NOUNS = frozenset({
    "remarks", "remark", "comments", "comment", "words", "rhetoric", "speech", "outburst",
    "parole", "commenti", "esternazioni", "frasi", "affermazione", "discorso",
    "propos", "commentaires", "paroles", "discours", "sortie"})
# words of absurdity deny only claims named or referred to by a pronoun
_ABSURD = frozenset({
    "absurd", "absurdity", "absurdities", "ridiculous", "preposterous", "far-fetched",
    "assurdo", "assurda", "assurdi", "assurde", "assurdita", "ridicolo", "ridicola",
    "ridicoli", "ridicole", "absurde", "absurdes", "absurdite", "absurdites", "ridicule",
    "ridicules", "grotesque", "grotesques"})
_THEM = frozenset({"them", "these", "those"})
#: a plural object pronoun of a verb of urging, after it ("asked them to", "ha chiesto loro
#: di") or before it ("leur a demandé de", "les a exhortés à", "li ha esortati a").
#: verbs of proposing to another that he act ("a proposé à Kim de", "ha proposto a X di").
_PROPOSE = {"fr": frozenset({"propose", "proposee", "proposes", "proposent", "proposait",
                             "proposaient", "suggere", "suggeree", "suggerent", "suggerait"}),
            "it": frozenset({"proposto", "proposta", "propone", "propongono", "proponeva",
                             "suggerito", "suggerita", "suggerisce", "suggeriscono"})}
#: whom it is proposed to: "à", "au", "aux"; "a", "al", "alla", "ai", "agli", "alle", "all".
_TO_WHOM = {"fr": frozenset({"a", "au", "aux"}),
            "it": frozenset({"a", "al", "alla", "allo", "ai", "agli", "alle", "all"})}
_PLURAL_OBJECT_AFTER = {"en": frozenset({"them"}), "it": frozenset({"loro"})}
_PLURAL_OBJECT_BEFORE = {"it": frozenset({"li"}), "fr": frozenset({"leur", "les"})}
_FIRST_PERSON = frozenset({"we", "i", "noi", "io", "nous", "je", "j"})
_FIRST_PERSON_VERBS = frozenset({
    "chiedo", "esorto", "invito", "sollecito", "imploro", "accuso", "condanno", "denuncio",
    "appelle", "exhorte", "accuse", "condamne", "denonce"})
_FIRST_PERSON_ENDINGS = ("iamo",)
_FIRST_PERSON_FILLERS = frozenset({
    "have", "are", "do", "again", "once", "also", "therefore", "now", "hereby", "strongly",
    "repeatedly", "firmly", "continue", "to", "today", "publicly", "urgently", "all",
    "anche", "ancora", "oggi", "di", "nuovo", "quindi", "pertanto", "fermamente", "a",
    "aussi", "donc", "encore", "de", "nouveau", "fermement", "solennellement", "ne",
    "cessons", "continuons"})
#: A patient without a preposition ("supplied Russia", "aiutando le forze russe") stands
#: at most this many words after the trigger.
PATIENT_WORDS = 4
#: Participants are looked for this many words around the trigger at most.
WINDOW = 12
# how far after a trigger its passive agent may stand ("delivered to Russia by Pyongyang"),
# in words other than what the trigger needs ("transfers of missiles and shells from")
PASSIVE_WORDS = 4
#: Meetings and signings often list their people after titles ("met their counterparts,
#: Foreign Minister Cho Tae-yul and Defence Minister Kim Yong-hyun"): a wider window.
WINDOW_LISTS = 18
#: A trigger that needs a word ("send" troops) finds it this many words away at most.
NEEDS_WORDS = 10
#: Capitalised words of a title that the rules do not list as titles of their own.
#: a government named by its common noun inside a title ("il portavoce del governo X")
_INSTITUTIONS = frozenset({"government", "governo", "gouvernement", "presidency", "presidenza",
                           "presidence", "executive", "esecutivo", "executif", "cabinet",
                           "administration", "amministrazione"})
_TITLE_NOUNS = frozenset({"cabinet", "deputy", "vice", "chief", "foreign", "defence", "defense",
                          "security", "national", "state", "general", "first", "maj", "gen",
                          "lt", "col", "adm", "capt", "sgt", "brig", "rear", "dr", "mr", "mrs",
                          "ms",
                          # courtesy titles before a surname ("Mme Kallas", "Mlle", "Sig.ra")
                          "mme", "mlle", "madame", "monsieur", "sig", "sigra", "signora",
                          "signor", "dott", "dssa"})
_AUXILIARIES = frozenset({"ha", "hanno", "ho", "a", "ont", "avait", "aveva", "avevano", "has",
                          "have", "had", "e", "sono", "est", "sont", "stato", "stata", "ete"})
_COMITATIVE = frozenset({"with", "con", "avec"})
#: object pronouns of a person, per language ("received her", "l'a reçue", "l'ha ricevuta")
_PERSON_OBJECTS = {"en": frozenset({"him", "her"}), "fr": frozenset({"l", "la", "le"}),
                   "it": frozenset({"l", "la", "lo"})}
#: the gender an object pronoun gives its person ("told her", "gli ha detto")
_OBJECT_GENDER = {"him": "m", "her": "f", "lo": "m", "gli": "m", "le": "f", "la": "f"}
#: pronouns after "with" that name a person, with their gender ("talks with her", "avec
#: lui", "con lei")
_COMITATIVE_PRONOUNS: dict[str, dict[str, str]] = {
    "en": {"him": "m", "her": "f"}, "fr": {"lui": "m", "elle": "f"},
    "it": {"lui": "m", "lei": "f"}}
#: an Italian or French clitic before a verb of urging, telling, thanking or accusing, with
#: the gender it gives its person ("Le ha chiesto di", "Gli ha detto che", "Elle lui a
#: demandé de"; "l'", "lo", "la", "le" only before a verb whose object is the person: below)
_DATIVE_PERSON: dict[str, dict[str, str | None]] = {"it": {"gli": "m", "le": "f"},
                                                     "fr": {"lui": None}}
_DIRECT_PERSON: dict[str, dict[str, str | None]] = {
    "it": {"l": None, "lo": "m", "la": "f"}, "fr": {"l": None, "le": "m", "la": "f"}}
#: the stems of the verbs whose direct object is the person urged, thanked, warned or
#: accused ("l'a exhortée à", "l'ha esortata a", "la invita a", "l'a accusé de")
_PERSON_OBJECT_STEMS = ("esort", "invit", "sollecit", "accus", "ringrazi", "avvert", "ammon",
                        "incoraggi", "spron", "preg", "implor", "minacci", "critic", "exhort",
                        "remerci", "avert", "pri", "suppli", "appel", "encourag", "pouss",
                        "menac", "felicit", "critiqu", "incit", "engag", "somm")
#: the prepositions of an owner after a noun of a person ("il portavoce di Putin", "le bras
#: droit de Vladimir Poutine")
_OWNER_PREPS = frozenset({"di", "del", "dello", "della", "de", "du", "d"})
#: nouns of a person known by another person besides titles (kin, aides): "Kim Jong Un's
#: sister, Kim Yo Jong", "il braccio destro di Putin, X", "le bras droit de Poutine, X"
_OWNED_PERSON_NOUNS = frozenset({
    "sister", "brother", "wife", "daughter", "son", "aide", "man", "hand", "confidant",
    "ally", "envoy", "diplomat", "sorella", "fratello", "moglie", "figlia", "figlio", "destro",
    "braccio", "consigliere", "consigliera", "fedelissimo", "alleato", "inviato", "inviata",
    "soeur", "frere", "femme", "fille", "fils", "droit", "bras", "conseiller", "conseillere",
    "proche", "allie", "emissaire", "envoye", "envoyee"})
_BETWEEN = frozenset({"between", "tra", "fra", "entre"})
#: " (KCNA)" right after a name: its short form
_PAREN_ACRONYM = re.compile(r" \(([A-Z][A-Za-z]{1,7})\)")
_PERSONAL = frozenset({"he", "she", "lui", "lei", "egli", "ella"})
_PLURAL_PRONOUNS = frozenset({"they", "loro", "ils", "elles", "essi"})
#: the gender a subject pronoun gives its person ("she" is no man named before)
_PRONOUN_GENDER = {"he": "m", "she": "f", "lui": "m", "lei": "f", "egli": "m", "ella": "f",
                   "il": "m", "elle": "f"}
#: words before a name that tell a woman ("la ministra", "sa homologue nord-coréenne",
#: "Ms."), or a man ("il ministro", "M."); "la"/"il" only as the nearest article
_FEMININE = frozenset({"ms", "mrs", "madam", "spokeswoman", "congresswoman", "chairwoman",
                       "ministra", "omologa", "presidentessa", "mme", "madame", "sua", "sa",
                       "ambasciatrice", "ambassadrice", "direttrice", "directrice",
                       "segretaria", "consigliera", "inviata", "deputata", "senatrice",
                       "sottosegretaria", "viceministra"})
_MASCULINE = frozenset({"mr", "ministro", "omologo", "suo", "ambasciatore",
                        "ambassadeur", "direttore", "directeur", "segretario", "consigliere",
                        "inviato", "deputato", "senatore", "sottosegretario", "viceministro",
                        "spokesman", "congressman", "chairman"})
#: nouns of the other side of talks, after a possessive ("her Russian counterpart", "il suo
#: omologo", "son homologue", "his host", "son hôte"): the person of the other side
_COUNTERPART_NOUNS = frozenset({"counterpart", "omologo", "omologa", "homologue"})
_HOST_NOUNS = frozenset({"host", "guest", "ospite", "hote", "invite", "invitee"})
#: nouns of a trip after a possessive ("her visit to Moscow", "la sua visita a Mosca")
_TRIP_NOUNS = frozenset({"visit", "trip", "journey", "tour", "visita", "viaggio", "visite",
                         "voyage", "deplacement", "sejour"})
_POSSESSIVE_OF = {"en": frozenset({"his", "her"}), "it": frozenset({"suo", "sua"}),
                "fr": frozenset({"son", "sa"})}
#: nouns naming a person by trade, referring back like a title ("the Russian diplomat",
#: "il diplomatico russo", "le diplomate russe"), with the roles of titles they can take up
_PERSON_NOUNS = {"diplomat": "diplomat", "diplomatico": "diplomat", "diplomatica": "diplomat",
                 "diplomate": "diplomat", "strongman": "LEADER_OF", "maitre": "LEADER_OF",
                 "numero": "LEADER_OF"}
#: words between an article and a title referring back ("the visiting North Korean
#: minister")
_REF_MODIFIERS = frozenset({"visiting", "powerful", "veteran", "top"})
#: the offices a title referring back can take up, by the role of its title (a minister
#: may be the foreign minister; a leader the president)
_ROLE_FAMILY = {"MINISTER_OF": frozenset({"MINISTER_OF", "FOREIGN_MINISTER_OF"}),
                "LEADER_OF": frozenset({"LEADER_OF", "HEAD_OF_STATE_OF"}),
                "HEAD_OF_STATE_OF": frozenset({"HEAD_OF_STATE_OF", "LEADER_OF"}),
                "FOREIGN_MINISTER_OF": frozenset({"FOREIGN_MINISTER_OF"}),
                "diplomat": frozenset({"FOREIGN_MINISTER_OF"})}
#: titles of no office of their own, compatible with any ("son homologue nord-coréenne X")
_ANY_OFFICE = frozenset({"counterpart", "omologo", "omologa", "homologue"})
#: titles a "diplomat" takes up besides a foreign minister's
_DIPLOMAT_TITLES = frozenset({"ambassador", "envoy", "special envoy", "ambasciatore",
                              "inviato", "inviato speciale", "ambassadeur", "emissaire",
                              "envoye special", "top diplomat", "vice foreign minister",
                              "deputy foreign minister", "viceministro degli esteri",
                              "vice-ministre des affaires etrangeres"})
#: English and French words of a time phrase opening a sentence ("On Tuesday she", "Le
#: lendemain, il")
_TIME_OPENERS = frozenset({
    "on", "in", "at", "the", "later", "earlier", "that", "same", "day", "morning", "evening",
    "afternoon", "night", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday",
    "sunday", "yesterday", "today", "then", "afterwards", "meanwhile", "also", "last", "week",
    "next", "hours", "hour", "days", "minutes", "after", "shortly", "soon", "this", "of",
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "le", "la", "l", "lundi", "mardi", "mercredi", "jeudi",
    "vendredi", "samedi", "dimanche", "hier", "aujourd", "hui", "plus", "tard", "puis",
    "ensuite", "dans", "soiree", "matinee", "journee", "meme", "jour", "lendemain", "veille",
    "en", "fin", "de", "debut", "apres", "midi", "matin", "soir", "quelques", "heures",
    "peu", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout",
    "septembre", "octobre", "novembre", "decembre", "poco", "poi",
    # a span of time counted ("Two days later he", "A week after, he", "Trois jours plus
    # tard, il", "Quelques semaines après, elle")
    "a", "an", "one", "two", "three", "four", "five", "six", "seven", "few", "several",
    "weeks", "months", "moments", "minute", "ago", "un", "une", "deux", "trois", "quatre",
    "cinq", "semaines", "semaine", "mois", "instants", "jours", "plusieurs"})
#: Italian words of a time phrase opening a sentence before its unsaid subject's verb
#: ("Poche ore dopo è stato ricevuto", "Sabato ha poi incontrato")
_IT_TIME_WORDS = frozenset({"poche", "pochi", "qualche", "alcune", "alcuni", "ore", "ora",
                            "giorni", "giorno", "minuti", "settimane", "settimana", "mesi",
                            "dopo", "prima", "piu", "tardi", "stesso", "stessa", "sera",
                            "mattina", "mattinata", "pomeriggio", "serata", "in", "seguito",
                            "nel", "frattempo", "il", "la", "lo", "l", "due", "tre",
                            "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato",
                            "domenica", "ieri", "oggi", "stamattina", "stasera", "mentre",
                            "successivamente", "quindi", "inoltre", "intanto", "infine",
                            "anche", "poi", "ancora", "subito", "sempre", "nello", "corso",
                            "della", "visita", "colloquio", "incontro", "occasione", "per",
                            "questa", "questo", "scorso", "scorsa", "poco", "giugno",
                            "gennaio", "febbraio", "marzo", "aprile", "maggio", "luglio",
                            "agosto", "settembre", "ottobre", "novembre", "dicembre"})
#: prepositions joined to a definite article ("in cambio delle truppe", "aux troupes")
#: "according to him", "selon lui", "secondo lei": the subject's own view, no other source
_OBJECT_PRONOUNS = frozenset({"him", "her", "them", "lui", "lei", "loro", "elle", "eux",
                              "elles"})
_WITHOUT = frozenset({"without", "sans", "senza"})
#: Italian participles of a guest received or greeted ("è stato ricevuto da Kim")
_IT_RECEIVED = frozenset({"ricevuto", "ricevuta", "accolto", "accolta", "salutato",
                          "salutata", "ospitato", "ospitata", "incontrato", "incontrata",
                          "atteso", "attesa"})
#: "the country" a trip goes to, the state of the place named before ("his first visit to
#: the country", "la prima visita nel Paese", "sa visite dans le pays")
#: "the North", "il Nord", "le Nord" for North Korea: the capitalised word and the
#: articles and prepositions (with their article) it follows (session 16)
_NORTH_KOREA = "north-korea"
_NORTH_WORDS: dict[str, tuple[str, frozenset[str]]] = {
    "en": ("North", frozenset({"the"})),
    "it": ("Nord", frozenset({"il", "nel", "al", "dal", "del", "col", "sul"})),
    "fr": ("Nord", frozenset({"le", "du", "au"})),
}
_COUNTRY_WORDS = {"en": frozenset({"country"}), "it": frozenset({"paese"}),
                  "fr": frozenset({"pays"})}
_COUNTRY_PREPS = {"en": frozenset({"to", "in"}),
                  "it": frozenset({"nel", "in", "al", "a"}),
                  "fr": frozenset({"dans", "au", "en", "a"})}
# the Italian third person's auxiliaries, opening a sentence whose subject is left unsaid
_IT_AUX_3RD = frozenset({"ha", "aveva", "avrebbe"})
_OPENING_ADVERBS = frozenset({"poi", "inoltre", "successivamente", "quindi", "intanto",
                              "infine", "anche", "ieri", "oggi"})
# what a weapon is fired at ("fired at Ukrainian positions", "tirés sur", "lanciati su")
# the agent of a passive ("fired by", "sparati dall'artiglieria", "tirés par")
_BY_AGENT = frozenset({"by", "da", "dal", "dalla", "dallo", "dai", "dagli", "dalle", "dall",
                       "par"})
_AT_WORDS = frozenset({"at", "on", "onto", "toward", "towards", "su", "sul", "sulla", "sui",
                       "sulle", "verso", "sur", "vers"})
# before an infinitive of purpose ("to help", "pour aider", "per aiutare")
_PURPOSE_TO = frozenset({"to", "pour", "per", "a", "afin", "de"})
# before an infinitive: what is asked ("to condemn", "à condamner", "di condannare")
_INFINITIVE_MARKERS = frozenset({"to", "a", "di", "de", "d"})
# what a ratification may be the law of ("the ratification law", "la legge di ratifica")
_LAW_NOUNS = frozenset({"law", "bill", "decree", "legge", "decreto", "loi", "decret"})
#: Nouns of a chamber's or a leader's act of approval: the body or person after "by", "of",
#: "da", "della", "par", "de" ratifies ("the pact's approval by the Duma", "il voto della
#: Duma", "un decreto del Presidium", "son adoption par la Douma")
_APPROVAL_NOUNS = frozenset({
    "approval", "vote", "endorsement", "adoption", "backing", "decree", "passage",
    "ratification", "signature", "assent",
    "voto", "approvazione", "adozione", "decreto", "firma", "ratifica", "avallo", "libera",
    "vert",
    "approbation", "decret", "promulgation", "aval"})
# verbs of saying whose object is whom they are told to ("assured Lavrov of its support")
_TELL_WHOM = frozenset({"tell", "told", "assure", "assured", "assures", "reassure", "reassured",
                        "inform", "informed", "assicurare", "assicurato", "assicura",
                        "informato", "assurer", "informe"})
# who something is for or told to: "support for Russia", "sostegno alla Russia", "à Lavrov"
_BENEFACTIVE = frozenset({"for", "to", "a", "al", "alla", "allo", "ai", "agli", "alle", "all",
                          "per", "au", "aux", "pour"})
_DEFINITE_CONTRACTED = frozenset({"della", "delle", "dei", "degli", "del", "dello", "alla",
                                  "alle", "ai", "agli", "al", "nelle", "nei", "negli", "aux",
                                  "du", "au", "all", "dall", "dell", "nell", "sull"})
#: a contracted article: the word after it is a noun ("nel comunicato", "dalla stima")
_NOUN_AFTER = _DEFINITE_CONTRACTED | frozenset({"nel", "nella", "nello", "dal", "dalla",
                                                "dallo", "dai", "dalle", "dagli", "sul",
                                                "sulla", "sui", "sulle", "dell", "nell", "dall",
                                                "sull"})
_QUOTE_PREPOSITIONS = frozenset({"to", "for", "with", "a", "al", "alla", "ai", "alle", "agli",
                                 "per", "con", "verso", "pour", "avec", "au", "aux", "envers"})
_ON = frozenset({"on", "il", "le", "lo", "l", "the", "last", "this"})
_BARE_BY = frozenset({"by", "da", "par"})
#: Quotation marks left out when what stands between two words is read.
_NO_QUOTES = str.maketrans("", "", "\"“”«»‘’„")
#: "by" and its Italian forms with an article: the agent of a passive follows
#: events between states (or their armies): no media or unnamed group takes part
_BETWEEN_STATES = frozenset({EventType.SUPPLY, EventType.DEPLOYMENT,
                             EventType.MILITARY_ASSISTANCE})
# words that open a clause fronted before the main clause's subject ("Upon arriving",
# "In visita a Mosca", "En visite à", "Lors d'une visite")
_FRONTING = frozenset({"upon", "on", "in", "following", "having", "during", "appena", "una",
                       "durante", "en", "lors", "une", "dès"})
# a fronted participle ("Arrived", "Landing", "Giunta", "Accusata", "Arrivé", "Reçue")
_PARTICIPLES = ("ed", "ing", "ato", "ata", "ati", "ate", "ito", "ita", "iti", "ite", "uto",
                "uta", "unto", "unta", "é", "ée", "és", "ées", "ie", "is", "ue")
_INDEFINITE = frozenset({"a", "an", "un", "una", "uno", "une"})
#: Pronouns opening a relative clause whose object is the noun before ("the shells that
#: Pyongyang shipped", "i soldati che Pyongyang ha inviato", "les soldats que Pyongyang a").
_OBJECT_RELATIVES = frozenset({"that", "which", "che", "que", "qu"})
#: Words of going on to a further place ("to Russia, then on to Kursk", "poi", "puis").
_THEN_ON = frozenset({"then", "poi", "quindi", "puis", "ensuite"})
#: Words of a quantity before a number or a noun ("more than 100", "oltre 100", "plus de").
_QUANTITY = frozenset({"more", "than", "about", "around", "some", "over", "nearly", "almost",
                       "least", "at", "up", "thousands", "hundreds", "millions", "million",
                       "billion", "dozens", "tens", "oltre", "circa", "almeno", "quasi",
                       "migliaia", "centinaia", "milioni", "decine", "plus", "moins",
                       "environ", "pres", "quelque", "milliers", "centaines", "dizaines",
                       "additional", "further", "another", "altri", "altre", "nouveaux",
                       "nouvelles", "supplementaires"})
#: Nouns of a trip ("his visit", "la sua visita", "son séjour", "ce déplacement").
_TRAVEL_NOUNS = frozenset({"visit", "trip", "stay", "journey", "tour", "visita", "viaggio",
                           "soggiorno", "permanenza", "trasferta", "missione", "visite",
                           "voyage", "sejour", "deplacement", "tournee"})
#: Words of a time during which something happens ("during a visit", "durante la visita",
#: "lors de sa visite", "pendant sa visite", "amid a visit", "nel corso della visita").
_DURING = frozenset({"during", "amid", "durante", "corso", "lors", "pendant", "cours"})
# a predicate's verb before a word of possibility or expectation ("is possible")
_COPULAS = frozenset({"is", "are", "remains", "remain", "remained", "seems", "appears", "è", "sono",
                      "resta", "restano", "sembra", "est", "sont", "reste", "restent",
                      "semble", "paraît"})
_AFTER_BEFORE = frozenset({"after", "following", "before", "dopo", "prima", "apres", "avant"})
#: past forms of "be" before a word of possibility in reported speech ("was being prepared")
_PAST_COPULAS = frozenset({"was", "were", "era", "erano", "était", "étaient"})
#: Participles of "be" in a passive ("had been passed", "era stata approvata", "a été adopté")
_BEEN = frozenset({"been", "was", "were", "is", "stato", "stata", "stati", "state", "ete",
                   "fu", "venne", "viene"})
#: Words of approval that are also of a stance: a ratification only with who ratifies
_STANCE_APPROVALS = frozenset({"back", "backed", "backs", "backing"})
#: English verbs of taking effect: after the treaty's noun, its verb, never a participle
_TAKE_EFFECT_VERBS = frozenset({"took", "takes", "came", "comes", "went", "goes", "entered",
                                "enters", "became", "becomes",
                                # "brought the treaty into force": no participle at all
                                "into"})
#: Verbs of signing or promulgating a law (the ratification rule of a law signed)
_LAW_SIGN_VERBS = frozenset({
    "sign", "signed", "signs", "promulgate", "promulgated", "promulgates",
    "firmare", "firmato", "firmata", "firma", "firmano", "promulgare", "promulgato",
    "promulgata", "promulga", "promulgano", "signer", "signe", "signee", "signent",
    "promulguer", "promulgue", "promulguee", "promulguent"})
#: Verbs by which a law is made ("signed the ratification law", "promulgato", "promulgué")
_LAW_ACTS = _LAW_SIGN_VERBS | frozenset({
    "signing", "enact", "enacted", "firmò", "pass", "passed", "passes", "vote", "voted",
    "votato", "votata", "votee", "approve", "approved", "adopted", "adopt", "decree",
    "decreed"})
#: Verbs of debating, examining or defending a ratification: it is not told to have happened
_DEBATE_VERBS = frozenset({
    "debate", "debated", "debating", "discuss", "discussed", "discussing", "defend",
    "defended", "defending", "examine", "examined", "examining", "review", "reviewed",
    "reviewing", "consider", "considered", "considering",
    "dibattere", "dibattuto", "discutere", "discusso", "difendere", "difeso", "esaminare",
    "esaminato", "esaminata", "valutare", "valutato",
    "debattre", "debattu", "discuter", "discute", "defendre", "defendu", "examiner",
    "etudier", "etudie"})
#: Nouns of an approval told with no object ("gave its approval", "il via libera", "son feu
#: vert"): once a ratification is told, the same agreement's
_BARE_APPROVALS = frozenset({"approval", "light", "libera", "vert", "approvazione",
                             "approbation", "aval", "avallo", "endorsement", "assent"})
#: Modals between "before" and a milestone: it has not happened ("before it can take effect")
#: times counted back from the publication that date a milestone's own clause
_RELATIVE_TIMES = frozenset({
    ("last", "year"), ("last", "month"), ("last", "week"), ("last", "summer"), ("ago",),
    ("anno", "scorso"), ("scorso", "anno"), ("mese", "scorso"), ("scorso", "mese"),
    ("anno", "passato"), ("scorsa", "estate"), ("estate", "scorsa"), ("fa",),
    ("an", "dernier"), ("annee", "derniere"), ("mois", "dernier"), ("an", "passe"),
    ("ete", "dernier"), ("il", "y", "a")})
#: the words before the act that ratified ("by a decree of", "con un decreto del", "through
#: a decree signed by")
_RATIFIED_WITH = frozenset({"with", "through", "via", "con", "tramite", "mediante", "avec"})
#: the prepositions of a setting and the nouns of a ceremony ("At the signing ceremony",
#: "alla cerimonia della firma", "lors de la cérémonie de signature")
_SETTING_PREPS = frozenset({"at", "during", "alla", "durante", "lors", "pendant", "nel",
                            "nella", "au", "a"})
_SETTING_NOUNS = frozenset({"ceremony", "cerimonia", "ceremonie"})
#: the nouns of the instruments of ratification (exchanged: the entry into force)
_INSTRUMENTS = frozenset({"instrument", "instruments", "document", "documents", "papers",
                          "strumento", "strumenti", "documento", "documenti", "atti", "atto",
                          "actes", "acte"})
#: stems of the words of exchanging or handing over ("exchanged", "scambiati", "échangé",
#: "remis", "consegnati")
_EXCHANGE_STEMS = ("exchang", "swap", "scambi", "echang", "remis", "consegnat", "transmis")
#: the words after a law or decree that tell what else it is about
_LAW_ABOUT = frozenset({"on", "about", "banning", "against", "su", "sul", "sulla", "sullo",
                        "sui", "sugli", "sulle", "contro", "sur", "contre", "concernant",
                        "relatif", "relativo", "riguardante"})
#: words of ``law_refs`` that can name the treaty itself ("approved it", "il testo")
_TREATY_REFS = frozenset({"it", "text", "document", "testo", "documento", "texte"})
#: prepositions before an agreement's noun that make it no subject of the verb after it
#: ("the talks on the treaty ... concluded", "la procédure de ratification du traité")
_CONCLUDED_OF = frozenset({"on", "about", "over", "for", "of", "into", "regarding", "su", "sul",
                           "sulla", "di", "del", "della", "dello", "per", "sur", "du", "de",
                           "des", "pour"})
#: how far before a milestone a word of a step still needed stands ("mancano ora la firma
#: della legge da parte del presidente Vladimir Putin e la ratifica nordcoreana")
_PENDING_REACH = 25
#: the auxiliary of a verb told as done: a step needed once is done ("ha ratificato")
_PENDING_DONE = frozenset({"has", "have", "had", "was", "were", "ha", "hanno", "aveva",
                           "avevano", "avesse", "stato", "stata", "stati", "state", "ont",
                           "avait", "avaient", "ete"})
_BEFORE_MODALS = frozenset({"can", "could", "may", "might", "will", "would", "must", "shall",
                            "possa", "possano", "potra", "puisse", "puissent", "pourra"})
#: Adverbs of what is not over yet between a copula and its predicate ("is still pending")
_NOT_OVER = frozenset({"still", "yet", "ancora", "sempre", "toujours", "encore"})
#: Before a capital, where one speaks or calls from ("by phone from Moscow").
_FROM_PLACE = frozenset({"from", "depuis"})
#: Words of fighting and of a front: troops there help the army they fight beside.
_FIGHT = frozenset({"fight", "fights", "fighting", "fought", "combat", "battle", "battling",
                    "battled", "front", "frontline", "ranks", "combattere", "combattono",
                    "combatte", "combattuto", "combattuti", "combattendo", "combattevano",
                    "combattimento", "combattimenti", "battersi", "fronte", "file", "ranghi",
                    "combattre", "combattent", "combattu", "combattus", "combattaient",
                    "combattant", "combats", "rangs", "linea", "ligne",
                    # "se battent aux côtés de", "si battono al fianco di"
                    "battent", "battre", "battu", "battus", "battaient", "battono",
                    "battuti", "battevano",
                    # assaults, operations of combat ("thrown into assaults alongside",
                    # "impiegate negli assalti insieme ai", "engagées dans des assauts aux
                    # côtés des")
                    "assault", "assaults", "assalto", "assalti", "assaut", "assauts",
                    "offensive", "offensives", "offensiva",
                    # troops serving or operating beside another army ("serving alongside
                    # Russian units", "operano insieme alle forze russe", "servent aux côtés")
                    "serve", "serves", "serving", "served", "operate", "operates", "operating",
                    "operated", "servent", "servaient", "operent", "operaient", "operano",
                    "operavano", "engages", "engagees",
                    # acts of combat ("helped repel a Ukrainian incursion", "hanno aiutato a
                    # respingere", "ont contribué à la libération de la région de Koursk")
                    "repel", "repelled", "repelling", "repulse", "repulsed", "retake", "retook",
                    "retaken", "retaking", "recapture", "recaptured", "liberate", "liberated",
                    "liberating", "liberation", "freeing", "respingere", "respinto", "respinta",
                    "respinti", "riconquistare", "riconquistato", "riconquista", "liberare",
                    "liberato", "liberata", "liberazione", "repousser", "repousse", "reprendre",
                    "reconquete", "reconquerir", "liberer", "liberee"})
#: Words of freeing a place ("the liberation of Russia's Kursk region", "alla liberazione
#: della regione russa di Kursk", "à la libération de la région de Koursk"): the state whose
#: place is freed is the one helped.
_LIBERATE = frozenset({"liberate", "liberated", "liberating", "liberation", "freeing",
                       "liberare", "liberato", "liberata", "liberazione", "liberer", "liberee",
                       "retake", "retook", "retaken", "retaking", "riconquistare",
                       "riconquistato", "riconquista", "reprendre", "reconquete", "reconquerir",
                       # repelling an attack on a state's land ("helped repel a Ukrainian
                       # incursion in Russia's Kursk region")
                       "repel", "repelled", "repelling", "repulse", "repulsed", "respingere",
                       "respinto", "respinta", "respinti", "repousser", "repousse"})
#: Verbs of helping whose object is whom troops help ("helped Russian troops retake the
#: Kursk region", "hanno aiutato le truppe russe a", "ont aidé l'armée russe à").
_HELP_OBJECT = frozenset({"help", "helps", "helped", "helping", "aid", "aided", "aiding",
                          "assist", "assisted", "assisting", "aiutare", "aiutato", "aiutano",
                          "aiutavano", "aiutando", "aider", "aide", "aident", "aidaient",
                          "aidant"})
#: "From" in English and Italian (French "de" is also a genitive): whence something comes.
_FRONT_FROM_WORDS = frozenset({"from", "da", "dalla", "dal", "dallo", "dai", "dagli", "dalle",
                               "dall"})
#: Words that open a clause of condition ("if", "se", "si", "s'il", "qualora", "unless").
_IF_WORDS = frozenset({"if", "unless", "se", "qualora", "si", "s"})
#: What moves troops, goods or help from one state to another.
_MOVES = frozenset({EventType.SUPPLY, EventType.DEPLOYMENT, EventType.MILITARY_ASSISTANCE})
#: "had", "has", "have" before an adverb of likelihood and a past participle ("had likely
#: given"): a past fact hedged, nothing to come.
_HAVE_AUX = frozenset({"had", "has", "have"})
#: Words of taking part ("took part in the fighting", "preso parte ai combattimenti", "ont
#: participé aux combats", "ont contribué à la libération"): troops' help only with a word
#: of fighting right after them.
_PARTAKE = frozenset({"part", "participated", "participating", "participation", "participate",
                      "involved", "engaged", "parte", "partecipato", "partecipano",
                      "partecipazione", "partecipare", "contribuito", "participe",
                      "participent", "participer", "contribue", "contribution",
                      "impegnati", "impegnate", "coinvolti"})
#: Words that point back to troops named before in the sentence, opening a clause of their
#: own ("..., some of whom have been engaged in combat", "e alcuni avrebbero preso parte ai
#: combattimenti", "dont certains ont combattu", "and committed them to the fighting").
_TROOPS_BACK = frozenset({"whom", "they", "them", "some", "many", "most", "cui", "quali",
                          "alcuni", "molti", "loro", "li", "dont", "certains", "plusieurs",
                          "ils", "les", "eux", "lesquels", "elles", "ses", "leurs", "its",
                          "their", "suoi", "sue"})
#: How far before a trigger, in its clause, a word of intent rules it out ("non esclude di
#: inviare a Kiev un nuovo pacchetto di aiuti militari": the aid is the object of the verb
#: ruled out, a dozen words after the intent).
_INTENT_REACH = 13
#: A phrase of duration ("da settimane", "depuis des semaines", "for weeks", "for months").
_SPANS_OF_TIME = frozenset({"weeks", "months", "days", "years", "settimane", "mesi", "giorni",
                            "anni", "tempo", "semaines", "mois", "jours", "ans", "annees",
                            "temps"})
_DURATION_PREPS = frozenset({"for", "da", "per", "depuis", "pendant", "durant", "over"})
_FEW = frozenset({"several", "some", "many", "two", "three", "few", "alcune", "alcuni",
                  "diverse", "diversi", "molte", "molti", "plusieurs", "quelques", "des",
                  "the", "past", "last"})
#: "thanked X for its support", "ringraziato X per il suo sostegno", "remercié X pour son"
_THANKS_FOR = frozenset({"for", "per", "pour"})
_THANK_LEMMAS = frozenset({"thank", "thanked", "thanks", "thanking", "ringraziare",
                           "ringraziato", "ringraziata", "ringrazia", "remercier", "remercie",
                           "remercies", "remerciee"})
#: "their", "leur", "loro": the two named before ("lors de leur sommet").
_THEIR = frozenset({"their", "leur", "leurs", "loro"})
#: "assured Moscow of his support", "a assuré Poutine de son soutien"
_ASSURED = frozenset({"assured", "assures", "assure", "assuring", "assuree", "assurait"})
_POSSESSIVES_ALL = frozenset({"his", "her", "its", "their", "son", "sa", "ses", "leur"})
# prepositions of time opening a sentence before a meeting's noun ("During talks with")
_TIME_PREPS = frozenset({"during", "in", "at", "amid", "durante", "nel", "nella", "nei",
                         "negli", "al", "alla", "lors", "pendant", "au", "dans"})
# the words of a counterpart ("told his counterpart", "alla sua omologa")
_COUNTERPARTS = frozenset({"counterpart", "counterparts", "omologo", "omologa", "omologhi",
                           "omologhe", "collega", "homologue", "homologues"})
# words before a past form that make it no finite verb ("the newly signed", "of increased")
_NOT_SUBJECTS = frozenset({"and", "or", "of", "in", "on", "at", "by", "from", "into", "as",
                           "than", "more", "most", "so", "very", "well", "long", "recently",
                           "has", "have", "had", "been", "be", "being", "is", "are", "was",
                           "were", "not", "never", "also", "its", "their", "his", "her"})
# a possessive in front of a title ("his counterpart", "sua omologa", "son homologue")
_TITLE_POSSESSIVES = _POSSESSIVES_ALL | frozenset({"suo", "sua", "loro", "leurs"})
#: Verbs of pledging: a state's support pledged after "that" is the pledger's.
_PLEDGES = frozenset({"pledged", "pledges", "pledge", "vowed", "vows", "vow", "promised",
                      "promises", "promise", "assured", "assures", "promesso", "promette",
                      "assicurato", "assicura", "giurato", "promis", "promet", "assure",
                      "jure", "garanti", "garantito"})
#: Words before the army helped ("alongside Russian forces", "aux côtés de l'armée russe").
_BESIDE = frozenset({"alongside", "with", "for", "beside", "cotes", "cote", "avec", "pour",
                     "fianco", "accanto", "insieme", "con", "per", "ranks", "rangs", "file",
                     "ranghi", "army", "esercito", "armee",
                     # troops made part of another army ("integrated into Russian units",
                     # "integrati nelle unità russe", "au sein des unités russes")
                     "into", "integrated", "incorporated", "embedded", "integrati", "integrate",
                     "inquadrati", "inquadrate", "inseriti", "inserite", "sein", "integres",
                     "integrees", "incorpores", "incorporees",
                     # troops backing another army ("backing Russian forces")
                     "backing", "back", "backed", "supporting", "support", "supported",
                     "sostengono", "appoggiano", "supportano", "soutiennent", "appuient"})
#: A front, named with the state whose front it is ("the Russian front", "sul fronte russo");
#: a side, likewise ("on Russia's side", "on the side of Russia", "dalla parte della Russia",
#: "côté" is a word of beside).
_FRONT_WORDS = frozenset({"front", "frontline", "fronte", "side", "parte",
                          # a command, named with the state whose it is ("under Russian
                          # command", "sotto il comando russo", "sous commandement russe")
                          "command", "comando", "commandement", "ordini"})
_ARMY_WORDS = frozenset({"army", "esercito", "armee"})
#: Verbs of beginning or going on: an infinitive after them is what was done, no purpose.
_BEGIN = frozenset({"begin", "began", "begun", "begins", "start", "started", "starts",
                    "continue", "continued", "iniziato", "iniziata", "iniziati", "cominciato",
                    "cominciati", "iniziano", "cominciano", "continuano", "continuato",
                    "ripreso", "commence", "commencent",
                    "continuent", "continué", "repris", "mis", "mises", "mettent", "ricominciato"})
#: Region nouns: a place that is no state ("the Kursk region", "la regione di Kursk").
_REGIONS = frozenset({"region", "regions", "regione", "regioni", "oblast", "province",
                      "provincia", "provinces", "area", "zona", "zone"})
#: Names of the regions of the war that are no state ("are in Kursk", "nel Donbass").
_REGION_NAMES = frozenset({
    "kursk", "koursk", "belgorod", "bryansk", "briansk", "donetsk", "donbas", "donbass",
    "luhansk", "lugansk", "louhansk", "zaporizhzhia", "zaporijia", "zaporizhia", "kherson",
    "kharkiv", "kharkov", "crimea", "crimee", "vladivostok", "khabarovsk", "primorye",
    "primorsky", "rostov", "pokrovsk", "avdiivka", "sudzha", "soudja"})
#: Verbs of coming from a place ("the shells come from North Korea", "provengono dalla",
#: "proviennent de").
_COME_FROM = frozenset({
    "come", "comes", "came", "coming", "originate", "originates", "originated",
    "provengono", "proviene", "provenivano", "proveniva", "provenuti", "provenute",
    "vengono", "viene", "venivano", "veniva", "arrivano", "arrivavano",
    "proviennent", "provient", "provenaient", "provenait", "viennent", "vient", "venaient",
    "venait",
    # a conditional of hearsay ("proverrebbe dalla Corea del Nord", "proviendraient de")
    "proverrebbe", "proverrebbero", "verrebbe", "verrebbero", "proviendrait",
    "proviendraient", "viendrait", "viendraient"})
#: Adverbs of share between a verb and its place ("come mostly from", "provengono in gran
#: parte da", "proviennent en majorité de").
_MOSTLY = frozenset({"mostly", "largely", "mainly", "chiefly", "partly", "all", "directly",
                     "principalmente", "soprattutto", "in", "gran", "parte", "per", "lo", "piu",
                     "direttamente", "en", "majorite", "grande", "partie", "principalement",
                     "surtout", "directement"})
#: Prepositions of origin after a verb of coming ("from", "da", "de").
_ORIGIN_PREP = frozenset({"from", "da", "dalla", "dal", "dallo", "dai", "dagli", "dalle",
                          "dall", "de", "du", "des", "d"})
#: Nouns of presence, no verb of sending ("the presence of troops").
_PRESENCE = frozenset({"presence", "presenza"})
#: Words that tell troops are somewhere, right after the troops named ("soldiers are now
#: stationed in", "si trovano nella regione", "se trouvent dans", "présents dans").
_PRESENCE_VERBS = frozenset({
    "is", "are", "were", "was", "been", "remain", "remained", "remains", "stationed",
    "based", "present", "positioned", "massed", "amassed", "concentrated", "gathered",
    "located", "trovano", "trovavano", "trova", "trovati", "trovate", "stanza", "presenti",
    "presente", "ammassati", "ammassate", "concentrati", "concentrate", "posizionati",
    "posizionate", "stazionano", "stazionati", "sono", "erano", "restano", "rimangono",
    "trouvent", "trouvaient", "trouve", "presents", "presentes", "stationnes", "stationnees",
    "stationnent", "bases", "basees", "masses", "massees", "concentres", "concentrees",
    "positionnes", "positionnees", "sont", "etaient", "restent", "demeurent",
    # troops told present by their arrival or by being seen there ("arrived in the Kursk
    # region", "sono giunti in Russia", "ont été repérées dans la région de Koursk"), and the
    # conditional of hearsay of being there ("si troverebbero", "se trouveraient")
    "arrived", "arrive", "arrives", "arriving", "reached", "spotted", "sighted", "seen",
    "observed", "arrivati", "arrivate", "arrivano", "giunti", "giunte", "giungono",
    "avvistati", "avvistate", "osservati", "osservate",
    "troverebbero", "troverebbe", "sarebbero", "arrivees", "arrivent",
    "reperes", "reperees", "apercus", "apercues", "observes",
    "observees", "trouveraient", "trouverait", "seraient"})
#: "The first", "i primi", "les premières" before troops ("the first units arrived").
_PRIMI = frozenset({"first", "primi", "prime", "premieres", "premiers"})
#: Nouns of troops that are also adjectives or other words ("militari", "militaires",
#: "units"): a deployment's trigger only as a noun (after an article, a determiner or a
#: number) told present somewhere by a verb of presence ("8.000 militari nordcoreani si
#: trovano nella regione di Kursk", "des militaires nord-coréens se trouvent en Russie").
_TROOP_NOUNS_AMBIGUOUS = frozenset({"militari", "militaires", "reparti", "unites", "units",
                                    "forces", "forze"})
#: A person "is in" a place, per language: the verbs of being (as written, lower case) and
#: the prepositions of the place after them ("was in Pyongyang", "si trova a Mosca", "est à
#: Pyongyang", "était en Russie").
_PRESENT_AT: dict[str, tuple[frozenset[str], frozenset[str]]] = {
    "en": (frozenset({"is", "was", "were", "been", "remains", "remained", "arrived"}),
           frozenset({"in"})),
    "it": (frozenset({"è", "era", "trova", "trovava", "trovato", "trovata", "stato", "stata",
                      "resta", "rimane", "rimasto", "rimasta"}),
           frozenset({"a", "in"})),
    "fr": (frozenset({"est", "était", "trouve", "trouvait", "été", "reste", "demeure",
                      "restait"}),
           frozenset({"à", "a", "en", "au"})),
}
#: Words of a time to come before a verb ("will be in Pyongyang", "sarà", "sera").
_WILL = frozenset({"will", "would", "could", "may", "might", "should", "to", "shall"})
#: "any", "toute", "qualsiasi" before a noun of an event denied: every such event told.
#: English auxiliaries after a subject ("missiles have been", "shells were").
_PAST_AUX_EN = frozenset({"have", "has", "had", "were", "was", "are", "is", "been", "being",
                          "will", "would", "could", "may", "might", "reportedly", "also"})
#: Words opening a clause of a place after a comma.
_WHERE = frozenset({"where", "dove", "où", "laddove"})
#: Prepositions of a place after "be" ("are in", "sono nella", "sont dans").
_IN_PLACE = frozenset({"in", "inside", "at", "near", "nel", "nella", "nei", "nelle", "negli",
                       "nello", "nell", "a", "dans", "en", "au", "aux", "pres", "vicino"})
#: Adverbs of time between "be" and its place ("are now in", "sono ancora", "sont désormais").
_STILL = frozenset({"now", "still", "already", "currently", "reportedly", "ora", "ancora",
                    "gia", "attualmente", "desormais", "toujours", "deja", "actuellement"})
#: Forms of "be" among them: presence only with a place after them.
_BE_FORMS = frozenset({"is", "are", "were", "was", "been", "sono", "erano", "sont", "etaient"})
#: Words before "call" that make it a phone call, no verb of saying ("a phone call").
_CALL_KINDS = frozenset({"phone", "telephone", "video", "conference", "courtesy"})
_SINCE = frozenset({"since", "depuis", "da", "dalla", "dal", "dall", "dai", "dalle"})
_DAY_AFTER = frozenset({"lendemain", "indomani", "veille", "vigilia"})
# a declaration of a feeling ("expressed concern", "ha espresso rammarico")
_EXPRESS = frozenset({"expressed", "voiced", "expresses", "voices", "express", "conveyed",
                      "reiterated", "reaffirmed", "espresso", "espresse", "espressa",
                      "espressi", "esprime", "esprimono", "manifestato", "manifestata",
                      "ribadito", "ribadita", "rinnovato", "exprime", "exprimee", "exprimes",
                      "expriment", "reitere", "reaffirme", "manifeste"})
# what one expresses: a feeling, or support with nobody supported ("expressed support for
# efforts to...", "ha espresso sostegno agli sforzi"; support for an actor is a support)
_FEELINGS = frozenset({"concern", "concerns", "regret", "alarm", "dismay", "worry",
                       "preoccupazione", "rammarico", "allarme", "inquietudine", "sconcerto",
                       "preoccupation", "inquietude", "regrets", "consternation",
                       "outrage", "indignation", "disappointment", "frustration", "anger",
                       "delusione", "indignazione", "sdegno", "irritazione", "deception",
                       "colere"})
_EXPRESSED = _FEELINGS | frozenset({
    "sympathy", "solidarity", "condolences", "satisfaction", "gratitude", "hope", "support",
    "backing", "solidarieta", "soddisfazione", "gratitudine", "speranza", "condoglianze",
    "sostegno", "appoggio", "solidarite", "espoir", "condoleances", "soutien", "appui",
    "reconnaissance"})
_BY_WORDS = frozenset({"by", "par", "da", "dal", "dalla", "dallo", "dai", "dagli", "dalle"})
_ADVERBS = frozenset({"also", "later", "then", "again", "too", "anche", "poi", "inoltre",
                      "ancora", "aussi", "ensuite", "encore", "de", "nouveau", "egalement",
                      "pure", "further", "moreover"})
# French buys "à" whom it buys from ("acheter des obus à Pyongyang")
_BOUGHT_FROM = frozenset({"a", "au", "aux"})
_BUY_LEMMAS = frozenset({"acheter", "achete", "achetes", "achetee", "achetees", "acquerir",
                         "acquis", "acquise", "acquises"})
# before a date that dates a verb ("on Monday", "le 4 décembre", "il 4 dicembre")
_DATE_PREPOSITIONS = frozenset({"on", "le", "il", "l", "lo", "el",
                                # a month or a year ("confirmed in October by", "confermato a
                                # ottobre dal", "confirmé en octobre par", "nel giugno")
                                "in", "a", "en", "nel", "nell", "ad", "during", "durante"})
_SIGNED_WITH = frozenset({"with", "con", "avec", "and", "e", "et"})
_PASSIVE_AUX = frozenset({"was", "were", "been", "being", "be", "stati", "state", "stato",
                          "stata", "furono", "fu", "ete", "etaient", "etait"})
#: per language, the auxiliaries right before a passive participle
_PASSIVE_BEFORE = {"en": frozenset({"was", "were", "been", "being", "be", "is", "are"}),
                   "it": frozenset({"stati", "state", "stato", "stata", "furono", "fu",
                                    "venne", "vennero", "viene", "vengono"}),
                   "fr": frozenset({"ete", "fut", "furent"})}
_DATIVE_CLITICS = frozenset({"gli", "le", "lui", "leur"})
_CLITICS = frozenset({"gli", "le", "li", "lo", "la", "ci", "vi", "ne", "lui", "leur", "l",
                      "him", "her", "them", "se", "si"})
_PURPOSE = frozenset({"to", "per", "pour", "a"})
#: prepositions after which a name is never the subject of the verb before it
# ("a spokesman for the Pentagon": a title's "for", "per", "pour" are no such preposition)
_NO_SUBJECT_AFTER = frozenset({"against", "contro", "contre", "about",
                               "on", "su", "sul", "sulla", "sur", "towards", "toward", "verso",
                               "envers", "over", "with", "con", "avec", "between", "tra",
                               "fra", "entre", "into", "dans", "nel", "nella"})
#: a preposition of place opening a sentence before a name and a comma ("From Kyiv, ...")
#: Nouns of an organisation's seat ("Au siège de l'Otan", "at NATO headquarters").
_SEAT_NOUNS = frozenset({"headquarters", "siege", "sede", "quartier", "seat"})
_OPENING_PLACE = frozenset({"from", "in", "at", "da", "dal", "dalla", "a", "depuis", "de",
                            "du", "en", "dans"})
_IN = frozenset({"in", "into", "inside", "nel", "nella", "nei", "negli", "nelle", "dans", "en"})
_SPEECH_ACTS = frozenset({EventType.SUPPORT, EventType.APPEAL, EventType.ACCUSATION})
#: verbs that tell what talks were about ("focused on", "hanno riguardato", "ont porté
#: sur"): the talks' content, a fact told of them, no declaration
_TOPIC_VERBS = frozenset({
    "focused", "focussed", "centred", "centered", "concentrated", "covered", "dealt",
    "touched", "addressed", "revolved", "discussed", "examined", "reviewed",
    "concentrati", "concentrate", "concentrato", "incentrati", "incentrate", "incentrato",
    "riguardato", "vertevano", "vertito", "verteva", "affrontato", "toccato", "esaminato",
    "discusso", "porte", "portaient", "portait", "concentres", "concentrees",
    "consacres", "consacrees", "aborde", "evoque", "examine", "traite"})
#: modals of what is to come before a verb ("would ask", "shall call on")
_FUTURE_MODALS = frozenset({"will", "would", "shall", "ll"})
#: words that open a question after a verb of asking ("asked whether", "chiesto se",
#: "demandé si", "interrogé sur"): a question, no appeal
_QUESTION_AFTER = frozenset({"whether", "if", "about", "why", "how", "what", "when",
                             "se", "perché", "come", "cosa", "quando", "su", "sul", "sulla",
                             "si", "pourquoi", "comment", "quand", "sur"})
_SPEECH_AGENTS = frozenset({"supporter", "appellant", "accuser"})
_SOURCE_OF = frozenset({"di", "de", "d", "dell", "della", "del", "dei", "degli", "of"})
_AND = frozenset({"and", "e", "ed", "et"})
_GENITIVE = frozenset({"of", "di", "del", "della", "dello", "dei", "degli", "delle", "de",
                       "du", "des", "d", "dell"})
_COORD = frozenset({"and", "e", "ed", "et", "the", "il", "la", "lo", "le", "l", "i", "gli",
                    "les", "as", "well", "come", "anche", "then", "puis", "poi", "quindi"})
#: "La Douma puis le Conseil de la Fédération avaient approuvé": one list, one after the other
_THEN = frozenset({"then", "puis", "poi", "quindi"})
#: seats of power named for their state: where a reception is held, not a city visited
_SEATS = frozenset({"kremlin", "cremlino", "white house", "casa bianca", "maison blanche",
                    "elysee", "eliseo", "blue house", "casa blu", "maison bleue",
                    "downing street", "quirinale", "palazzo chigi", "matignon", "zhongnanhai",
                    "bankova", "yongsan"})
#: "a" or "à" with the article: a capital or a seat of power after them is where it happened
_AT_THE = frozenset({"al", "alla", "allo", "all", "ai", "agli", "alle", "au", "aux"})
#: negative determiners: "no troops were sent", "nessun soldato", "aucun soldat"
_NO_DETERMINERS = frozenset({"no", "nessun", "nessuna", "nessuno", "aucun", "aucune"})
#: accepting or declining: the invitation or call after it is someone else's
_ACCEPT = frozenset({"accept", "accepted", "accepts", "accepting", "declined", "rejected",
                     "accettare", "accettato", "accettata", "accetta", "accettano",
                     "respinto", "declinato", "accepter", "accepte", "accepté", "acceptée",
                     "acceptent", "décliné", "decline", "refusé", "rejeté"})
#: what allows or obliges someone to act: the act after it has not happened ("allows Moscow
#: to call on", "obbliga le parti a", "permet à Moscou de demander")
_PERMITS = frozenset({"allows", "allow", "allowed", "allowing", "enables", "permits",
                      "authorises", "authorizes", "obliges", "obliged", "requires",
                      "consente", "consentono", "permette", "permettono", "autorizza",
                      "obbliga", "obbligano", "impone", "permet", "permettent", "autorise",
                      "oblige", "obligent", "impose"})
_PUBLISH = frozenset({"issue", "issued", "issues", "publish", "published", "publishes",
                      "release", "released", "releases", "pubblicare", "pubblicato",
                      "pubblica", "diffondere", "diffuso", "diffonde", "emesso", "publier",
                      "publie", "diffuser", "diffuse"})
_ARMED = frozenset({"military", "army", "esercito", "armee"})
#: a source's name right after its description: " (HUR)", ", the HUR,", ", Kyrylo Boudanov."
_APPOSITION = re.compile(
    r"\s*(?P<open>[(,])\s*(?P<article>(?:the|il|lo|la|le|les|l['’])\s*)?"
    r"(?P<name>[A-ZÀ-ÖØ-Þ][\w’'-]*(?:\s+[A-ZÀ-ÖØ-Þ][\w’'-]*){0,3})\s*(?P<close>[),.;]|$)")
_ACCORDING_WORDS = frozenset({"to", "a", "di", "of", "detta", "the", "words", "in"})
#: words inside an organisation's name ("Ministry of Defence", "Institute for the Study of
#: War", "Committee on Foreign Affairs", "Istituto per gli studi di politica internazionale")
_ORG_LINKS = _GENITIVE | frozenset({"for", "on", "per", "pour", "sur"})
#: verbs of a news medium's reporting: who reports or writes is a medium
_MEDIA_VERBS = frozenset({"report", "reported", "reports", "write", "wrote", "writes",
                          "riportare", "riporta", "riportato", "scrivere", "scrive", "scritto",
                          "rapporter", "rapporte", "ecrire", "ecrit"})
#: after "secondo", "selon": a relative pronoun, no source ("secondo cui")
_RELATIVE_AFTER = frozenset({"cui", "lesquelles", "lesquels", "laquelle", "lequel", "which"})
#: after a source noun, the start of what the source knows or is near ("sources familiar
#: with the matter", "fonti vicine al Cremlino", "sources proches du dossier")
_CLOSE_TO = frozenset({"familiar", "close", "briefed", "vicine", "vicina", "vicino", "vicini",
                       "proche", "proches"})
#: a quoting participle: "sources quoted by Reuters", "fonti citate dall'agenzia", "des
#: sources citées par": who quotes is no speaker (GUIDELINES: "Y, cited by X": Y alone)
# "quoted by KCNA as saying": what the one quoted says
_AS_SAYING = frozenset({"saying", "telling", "stating", "declaring", "describing", "calling",
                        "warning", "insisting", "adding"})
#: verbs of joining another army ("joined Russian units in combat", "ont rejoint les unités
#: russes au combat", "si sono uniti alle unità russe in combattimento")
_JOINED = frozenset({"join", "joins", "joined", "joining", "rejoint", "rejoindre", "rejoignent",
                     "rejoignant", "rejoints", "rejointes", "uniti", "unite", "unirsi",
                     "uniscono", "unito", "unendosi", "affiancato", "affiancati"})
#: gerunds of saying that open the speaker's words after a comma ("..., saying that",
#: "..., affermando che", "..., en affirmant que")
_SAYING_GERUNDS = frozenset({
    "saying", "adding", "stating", "noting", "arguing", "insisting", "claiming", "asserting",
    "declaring", "explaining", "stressing", "affirming", "maintaining", "alleging",
    "affermando", "dicendo", "sostenendo", "aggiungendo", "spiegando", "dichiarando",
    "sottolineando", "precisando", "osservando", "denunciando", "assicurando",
    "affirmant", "disant", "ajoutant", "expliquant", "declarant", "soulignant", "estimant",
    "precisant", "indiquant", "soutenant", "assurant", "denoncant", "jugeant"})
_QUOTED = frozenset({"quoted", "cited", "citato", "citata", "citati", "citate", "cite",
                     "citee", "cites", "citees"})
_QUOTED_BY = frozenset({"by", "da", "dal", "dalla", "dall", "dallo", "dai", "dagli", "dalle",
                        "par"})
#: the prepositions of a portfolio in a title ("à la Défense", "aux Affaires étrangères",
#: "alla Difesa", "agli Esteri", "for Foreign Affairs")
_PORTFOLIO_PREPS = frozenset({"a", "au", "aux", "alla", "al", "allo", "alle", "agli", "ai",
                              "for"})
_NOT_ONLY = frozenset({"only", "just", "solo", "soltanto", "solamente", "seulement"})
#: impersonal subjects of a verb of saying: nobody named says it
_IMPERSONAL = frozenset({"on", "si"})
_SAME = frozenset({"same", "stessa", "stesso", "stesse", "stessi", "meme", "memes"})
_AGENT_AGAIN = frozenset({"by", "dal", "dalla", "dallo", "dai", "dagli", "dalle", "da",
                          "par"})
_LOCATIVE = {"en": {"in", "at", "to"}, "it": {"in", "a", "nel", "nella", "nell"},
             "fr": {"en", "a", "au", "dans"}}

#: Who travels with a visitor ("accompanied by Lavrov", "accompagnato dal ministro X",
#: "accompagné de X"): visitors of the visit with him.
_COMPANY = {
    "en": ("accompanied by", "escorted by", "joined by", "flanked by"),
    "it": ("accompagnato da", "accompagnata da", "accompagnati da", "accompagnate da",
           "accompagnato dal", "accompagnata dal", "accompagnati dal", "accompagnato dalla",
           "accompagnata dalla", "accompagnato dai", "accompagnata dai", "accompagnato dall",
           "accompagnata dall", "affiancato da", "affiancato dal", "affiancata dal",
           "affiancata da"),
    "fr": ("accompagne de", "accompagnee de", "accompagnes de", "accompagnees de",
           "accompagne du", "accompagnee du", "accompagne des", "accompagnee des",
           "accompagne par", "accompagnee par", "accompagne d", "accompagnee d",
           "flanque de", "flanquee de", "flanque du", "flanquee du"),
}
# "accompagnato tra gli altri dalla ministra", "accompanied among others by", "accompagné
# notamment du ministre": a word of "among others" between the participle and "by"
_COMPANY = {lang: phrases + tuple(
    f"{p.split(' ', 1)[0]} {among} {p.split(' ', 1)[1]}"
    for p in phrases if p.startswith(("accomp", "escorted"))
    for among in {"en": ("among others", "inter alia", "notably"),
                  "it": ("tra gli altri", "fra gli altri", "tra l altro", "tra le altre"),
                  "fr": ("notamment", "entre autres", "en particulier")}[lang])
    for lang, phrases in _COMPANY.items()}
#: Who attends talks ("in the presence of X", "alla presenza del ministro X", "en présence
#: de X"): a participant of the meeting however far from its verb.
_ATTENDING = {
    "en": ("in the presence of", "also attended by", "attended by", "with the participation of"),
    "it": ("alla presenza di", "alla presenza del", "alla presenza della", "alla presenza dei",
           "alla presenza dell", "in presenza di", "in presenza del", "in presenza della",
           "con la partecipazione di", "con la partecipazione del", "presente anche",
           "presenti anche"),
    "fr": ("en presence de", "en presence du", "en presence des", "en presence d",
           "avec la participation de", "avec la participation du"),
}

#: Words of an upper house: a ratification by it is not the lower house's.
#: Endings of Italian and French adjectives that go on an organisation's name after its
#: capitalised words ("Assemblea popolare suprema", "Assemblée populaire suprême",
#: "Assemblea nazionale", "Conseil fédéral"); not verbs' endings ("-ano", "-ait").
_NAME_ADJECTIVE_ENDINGS: dict[str, tuple[str, ...]] = {
    "it": ("are", "ari", "ale", "ali", "ario", "aria", "ico", "ica", "ici", "iche", "ivo",
           "iva", "ivi", "ive", "ema", "emo", "eme", "emi", "ese", "esi"),
    "fr": ("aire", "aires", "ale", "ales", "al", "aux", "ique", "iques", "if", "ive", "ifs",
           "ives", "eme", "emes", "el", "elle", "els", "elles"),
}
_UPPER_HOUSE = frozenset({"senate", "senators", "senato", "senatori", "senat", "senateurs"})
_UPPER_HOUSE_PAIRS = frozenset({("upper", "house"), ("upper", "chamber"), ("camera", "alta"),
                                ("chambre", "haute"), ("alta", "camera")})

#: Symmetric types give everyone one role.
SYMMETRIC: dict[EventType, str] = {
    EventType.MEETING: "participant",
    EventType.COOPERATION: "partner",
    EventType.SIGNING: "party",
    EventType.ENTRY_INTO_FORCE: "party",
}
#: Event type -> (agent role, patient role), as the model declares them (agent first).
ROLE_PAIRS: dict[EventType, tuple[str, str]] = {
    t: (roles[0], roles[1]) for t, roles in EVENT_ROLES.items()
    if len(roles) == 2 and t not in SYMMETRIC and t != EventType.CODED
}
MILESTONES: dict[EventType, MilestoneType] = {
    EventType.SIGNING: MilestoneType.SIGNED,
    EventType.RATIFICATION: MilestoneType.RATIFIED,
    EventType.ENTRY_INTO_FORCE: MilestoneType.IN_FORCE,
    EventType.SUBMISSION: MilestoneType.SUBMITTED_FOR_RATIFICATION,
}
CAMEO: dict[EventType, str] = {
    EventType.MEETING: "040", EventType.VISIT: "042", EventType.SIGNING: "057",
    EventType.STATEMENT: "010", EventType.SUPPORT: "051", EventType.SUPPLY: "072",
    EventType.DEPLOYMENT: "072", EventType.MILITARY_ASSISTANCE: "072",
    EventType.ACCUSATION: "112", EventType.APPEAL: "0232", EventType.COOPERATION: "06",
}


# --- what the backend finds ------------------------------------------------------------


@dataclass
class NewActor:
    id: str
    name: str
    kind: str
    country: str | None = None
    role: tuple[str, str] | None = None  # (role type, actor id of the organisation/state)
    cue: str = ""  # the words that named it, for the reviewer
    evidence: tuple[int, int] | None = None  # span of the sentence
    aliases: list[str] = field(default_factory=list)


@dataclass
class FoundClaim:
    certainty: str
    asserted_by: list[str]
    sentence: tuple[int, int]
    note: str | None = None


@dataclass
class FoundEvent:
    type: EventType
    participants: list[tuple[str, str]]  # (actor id, role)
    sentence: tuple[int, int]
    trigger: tuple[int, int]
    date: FoundDate | None = None
    agreement: str | None = None
    claims: list[FoundClaim] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    objects: set[str] = field(default_factory=set)  # what was sent or supplied (lemmas)
    # only one side named ("reports of a troop deployment"): read for what a denial
    # refers to, never drafted
    partial: bool = False
    # told by the text outside what its sources say ("X confirmed ..., after a meeting
    # with Y"): no asserter
    unreported: bool = False
    # told negated by a speaker ("Peskov said North Korea had not sent troops"): denied by
    # who says it
    negated: bool = False
    # a statement read from a condemnation of nobody ("a dénoncé une menace")
    condemnation: bool = False
    # a milestone told in the background (a participle, relative or "since" clause): the
    # text offsets of its own clause, whose date is its own
    clause: tuple[int, int] | None = None
    # a trip named again by its noun after a possessive ("Lors de son séjour à Pyongyang",
    # "during his visit"): the visit told before, with no claim of its own unless a source
    # tells it
    retold: bool = False
    # a ratifier named after a noun of approval ("after a vote of the Duma on Oct. 24"): the
    # date of its own part of the sentence, or none
    own_part_date: bool = False
    # an appeal or a charge in the first person inside a quotation ("«We call on China
    # to...», Zelensky said"): the quoted speaker's act, the quotation no statement
    first_person: bool = False
    # the speaker's trip told in a phrase of time around his verb of saying ("Speaking
    # during a visit to Pyongyang, Putin said"): told by the text, beside his words
    speaker_trip: bool = False
    # another state's troops used by a state ("Moscow is using North Korean soldiers"): the
    # doer of the act is the one helped (the recipient), not the provider
    used_by_recipient: bool = False


@dataclass
class Extraction:
    """What the backend read in one text: spans are offsets into that text."""

    mentions: list[Mention]
    new_actors: dict[str, NewActor]
    events: list[FoundEvent]
    warnings: list[str] = field(default_factory=list)  # about the run (dropped items...)
    review: list[str] = field(default_factory=list)  # for the person checking the draft


class Mentions:
    """The names found in a text, kept in order of their start, looked up by bisection
    (a long article has thousands; every rule asks "what is here?")."""

    def __init__(self, mentions: Iterable[Mention]) -> None:
        self._items = sorted(mentions, key=lambda m: m.start)
        self._starts = [m.start for m in self._items]

    def __iter__(self) -> Iterator[Mention]:
        return iter(self._items)

    def add(self, m: Mention) -> None:
        i = bisect.bisect_right(self._starts, m.start)
        self._items.insert(i, m)
        self._starts.insert(i, m.start)

    def remove(self, m: Mention) -> None:
        i = self._items.index(m)
        del self._items[i]
        del self._starts[i]

    def within(self, start: int, end: int) -> list[Mention]:
        """Mentions wholly inside ``[start, end)``."""
        i = bisect.bisect_left(self._starts, start)
        out = []
        while i < len(self._items) and self._items[i].start < end:
            if self._items[i].end <= end:
                out.append(self._items[i])
            i += 1
        return out

    def at(self, pos: int) -> Mention | None:
        """The mention covering offset ``pos``, if any."""
        i = bisect.bisect_right(self._starts, pos) - 1
        for j in range(i, max(i - 3, -1), -1):  # mentions hardly ever overlap
            if self._items[j].start <= pos < self._items[j].end:
                return self._items[j]
        return None

    def overlapping(self, start: int, end: int) -> bool:
        """Whether some mention overlaps ``[start, end)``."""
        i = bisect.bisect_left(self._starts, end)
        return any(m.end > start for m in self._items[max(0, i - 3):i])

    def as_list(self) -> list[Mention]:
        return list(self._items)


# --- tokens and sentences ---------------------------------------------------------------


@dataclass
class Token:
    start: int
    end: int
    text: str
    fold: str
    lemma: str


@lru_cache(maxsize=200_000)
def _lemma(word: str, language: str) -> str:
    try:
        return fold_key(simplemma.lemmatize(word, lang=language))
    except ValueError:  # a language simplemma does not know
        return fold_key(word)


#: Adverbs of manner or time that may stand inside a phrase of the rules ("stood firmly by").
_INNER_ADVERBS = frozenset({
    "always", "still", "also", "again", "repeatedly", "firmly", "fully", "openly", "squarely",
    "resolutely", "steadfastly", "unequivocally", "unwaveringly", "strongly", "publicly",
    "once", "reportedly", "allegedly", "directly", "actively", "already", "now", "even",
    "sempre", "ancora", "anche", "gia", "fermamente", "pienamente", "apertamente",
    "pubblicamente", "nuovamente", "ripetutamente", "decisamente", "direttamente",
    "attivamente", "toujours", "encore", "aussi", "deja", "fermement", "pleinement",
    "ouvertement", "publiquement", "resolument", "nouveau", "directement", "activement",
    "clairement", "clearly", "chiaramente"})


def _is_adverb(t: Token) -> bool:
    """An adverb that may stand inside a phrase: a word of `_INNER_ADVERBS`, or an English
    one in "-ly" (lower-case, of five letters or more; not "only", "early")."""
    return t.fold in _INNER_ADVERBS or (
        t.text.islower() and len(t.fold) >= 5 and t.fold.endswith("ly")
        and t.fold not in {"early", "family", "italy", "rally", "supply", "apply", "reply",
                           "daily", "weekly", "monthly", "yearly", "likely", "assembly",
                           "july", "ally", "only", "fly", "belly", "lovely", "friendly"})


@dataclass
class Sentence:
    start: int
    end: int
    text: str
    tokens: list[Token]
    folded: str  # " w1 w2 ... " (folded tokens joined by one space, padded)
    quotes: list[tuple[int, int]] = field(default_factory=list)  # quoted spans (absolute)
    _hits: dict[int, list[int]] = field(default_factory=dict, repr=False)
    # the tokens that are no inner adverb, and their folds joined as in ``folded``
    _bare: tuple[list[int], str] | None = field(default=None, repr=False)
    # the folds of the tokens, and their folds and lemmas: a word set sharing none of them
    # has no hit here (most word sets, for most sentences)
    _folds: frozenset[str] | None = field(default=None, repr=False)
    _vocab: frozenset[str] | None = field(default=None, repr=False)

    def quoted(self, pos: int) -> bool:
        return any(a <= pos < b for a, b in self.quotes)

    def in_quotation(self, pos: int) -> bool:
        """Inside a quotation that is someone's words (at the sentence's start, or of four
        words or more); not inside a phrase quoted in a report ("pledged to "always stand
        with" Russia", "il «pieno sostegno» a Pyongyang")."""
        return any(a <= pos < b and (a == self.start or len(_WORD.findall(self.text[
            a - self.start:b - self.start])) >= 4 and not self._phrase_before_object(b))
            for a, b in self.quotes)

    def _phrase_before_object(self, b: int) -> bool:
        """A quotation followed by a preposition and more of the sentence ("ha espresso
        «pieno e incondizionato sostegno» alla Russia") is a phrase of the reporter's
        sentence, not the speaker's own."""
        after = _WORD.findall(self.text[b - self.start:b - self.start + 12])
        return bool(after) and fold_key(after[0]) in _QUOTE_PREPOSITIONS

    def token_at(self, pos: int) -> int:
        """Index of the first token ending after absolute offset ``pos``."""
        for i, t in enumerate(self.tokens):
            if t.end > pos:
                return i
        return len(self.tokens)

    def hits(self, ws: WordSet) -> list[int]:
        """Token indices where a word (by fold or lemma) or a phrase of ``ws`` starts
        (kept per word set: the rules ask the same sentence the same question often)."""
        key = id(ws)
        if key not in self._hits:
            self._hits[key] = self._find(ws)
        return list(self._hits[key])

    def _find(self, ws: WordSet) -> list[int]:
        if self._vocab is None or self._folds is None:
            self._folds = frozenset(t.fold for t in self.tokens)
            self._vocab = self._folds | {t.lemma for t in self.tokens}
        folds = self._folds
        out = [] if ws.words.isdisjoint(self._vocab) else [
            i for i, t in enumerate(self.tokens) if t.fold in ws.words or t.lemma in ws.words]
        for first, phrase in ws.firsts:
            if first not in folds:  # (a phrase starts on a token's fold)
                continue
            needle = f" {phrase} "
            at = self.folded.find(needle)
            while at >= 0:
                out.append(self.folded.count(" ", 0, at + 1) - 1)
                at = self.folded.find(needle, at + 1)
        # a phrase with an adverb inside it ("stood firmly by", "called repeatedly on",
        # "si è schierata apertamente con", "se tient résolument aux côtés"): found as without
        if not ws.phrases:
            return sorted(set(out))
        if self._bare is None:  # once per sentence, not once per word set
            kept = [i for i, t in enumerate(self.tokens) if not _is_adverb(t)]
            self._bare = (kept, " " + " ".join(self.tokens[i].fold for i in kept) + " ")
        kept, bare = self._bare
        if 0 < len(kept) < len(self.tokens):
            for first, phrase in ws.firsts:
                if first not in folds:
                    continue
                needle = f" {phrase} "
                at = bare.find(needle)
                while at >= 0:
                    out.append(kept[bare.count(" ", 0, at + 1) - 1])
                    at = bare.find(needle, at + 1)
        return sorted(set(out))

    def has(self, ws: WordSet) -> bool:
        return bool(ws) and bool(self.hits(ws))

    def unquoted_hits(self, ws: WordSet) -> list[int]:
        """Hits outside quotations ("«I rapporti tra i nostri popoli»" are relations, not
        the reports someone denies)."""
        return [i for i in self.hits(ws) if not self.quoted(self.tokens[i].start)]


def split_sentences(text: str, language: str) -> list[tuple[int, int]]:
    """``[start, end)`` of each sentence (sentencex), lines never joined."""
    spans: list[tuple[int, int]] = []
    for line in re.finditer(r"[^\n]+", text):
        pos = line.start()
        chunk = line.group()
        for sent in sentencex.segment(language, chunk):
            s = sent.strip()
            if not s:
                continue
            at = text.find(s, pos)
            if at < 0:
                continue
            if spans and spans[-1][0] >= line.start() and _HONORIFIC_END.search(
                    text[spans[-1][0]:spans[-1][1]]) and s[:1].isupper():
                # "a affirmé M. Poutine", "said Gen. Ryder": a title's abbreviation ends
                # no sentence
                spans[-1] = (spans[-1][0], at + len(s))
            else:
                spans.append((at, at + len(s)))
            pos = at + len(s)
    return spans


# abbreviations of a title before a name ("M.", "Mr.", "Gen.", "Sig.", "Mgr")
_HONORIFIC_END = re.compile(
    r"(?:^|[\s(«\"])(?:M|MM|Mr|Mrs|Ms|Dr|Mme|Mlle|Mgr|Me|Pr|Prof|Gen|Lt|Col|Maj|Capt|Cmdr|Adm|"
    r"Sgt|Sen|Rep|Gov|Amb|Sig|Sigg|Dott|Dott\.ssa|On|Avv|Ing|St)\.$")


def make_sentence(text: str, span: tuple[int, int], language: str) -> Sentence:
    start, end = span
    tokens = []
    for m in _WORD.finditer(text, start, end):
        f = fold_key(m.group())
        if f:
            tokens.append(Token(m.start(), m.end(), m.group(), f, _lemma(m.group(), language)))
    return Sentence(start, end, text[start:end], tokens,
                    " " + " ".join(t.fold for t in tokens) + " ", _quoted_spans(text, start, end))


def _quoted_spans(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Spans of direct quotations (“...”, «...», "...", ‘...’) in ``text[start:end]``."""
    out: list[tuple[int, int]] = []
    # (‘...’: the closing mark is no apostrophe, "Russia’s": no letter follows it)
    for m in re.finditer(r"“[^”]*”?|«[^»]*»?|\"[^\"]*\"?|(?<!\w)‘(?:[^’‘]|’(?=\w))*’(?!\w)",
                         text[start:end]):
        out.append((start + m.start(), start + m.end()))
    return out


# --- the backend ------------------------------------------------------------------------


class EmbeddedBackend:
    """Extract actors, events and claims from one text with the rules of its language."""

    def __init__(self, matcher: Matcher, rules: LanguageRules | None) -> None:
        self.matcher = matcher
        self.rules = rules
        self.language = matcher.language

    def run(self, text: str, published: dt.date | None) -> Extraction:
        mentions = self.matcher.find(text)
        spans = split_sentences(text, self.language)
        sentences = [make_sentence(text, s, self.language) for s in spans]
        result = Extraction(mentions=[], new_actors={}, events=[])
        if self.rules is None:
            result.mentions = mentions
            return result
        state = _State(self, text, published, mentions, result)
        dateline = _DATELINE.match(text)
        if dateline:  # "MOSCOW, Oct. 24 —": where it was filed, not who took part
            state.consumed |= {(m.start, m.end) for m in mentions if m.end <= dateline.end()}
            state.dateline_end = dateline.end()
        state.sentence_starts = [sent.start for sent in sentences]
        for sent in sentences:
            state.people_and_orgs(sent)
        state.back_references(sentences)
        for sent in sentences:
            state.sentence(sent)
            state.sources_again(sent.end)
        result.mentions = state.mentions.as_list()
        result.events = _merge_events(result.events, state._state_of)
        return result


@dataclass
class _Candidate:
    """A name in a sentence that can assert or take part: an actor id and its span."""

    actor: str
    start: int
    end: int
    kind: str  # the lexicon's form kind, or "new", or "source"


@dataclass
class _Paren:
    """ "Rudenko, who spoke for the government, told...", "Lavrov, giunto venerdì a
    Wonsan, è stato ricevuto...": a clause between commas inside the main clause, between
    its subject (``head``) and its verb. Its names and dates are its own; its events are
    the head's."""

    start: int  # offset of the opening comma
    end: int  # offset of the closing comma
    head: _Candidate | None

    def holds(self, pos: int) -> bool:
        return self.start < pos < self.end


class _State:
    def __init__(self, backend: EmbeddedBackend, text: str, published: dt.date | None,
                 mentions: list[Mention], result: Extraction) -> None:
        self.b = backend
        assert backend.rules is not None
        self.r: LanguageRules = backend.rules
        self.text = text
        self.published = published
        self.mentions = Mentions(mentions)
        self.result = result
        self.consumed: set[tuple[int, int]] = set()  # mentions inside a description
        # states named only by a news outlet's adjective ("North Korea's official KCNA"):
        # neither speaker nor party (GUIDELINES, settled at the start of session 15)
        self._outlet_states: set[tuple[int, int]] = set()
        self.date_spans: list[tuple[int, int]] = []  # dates of the sentence being read
        self._title_index: dict[str, list[tuple[str, list[str]]]] | None = None
        # people told as each other's counterparts ("Lavrov received his North Korean
        # counterpart Choe"): whom "son homologue" refers back to later
        self._counterparts: dict[str, str] = {}
        self._told_words: frozenset[str] | None = None
        self._visit_word_set: frozenset[str] | None = None
        self._help_told_back: set[int] = set()  # (fighting told of troops named before)
        self._korea_named: bool | None = None  # (whether "the North" can be North Korea)
        # a state's adjective in a title that refers to no person named ("il presidente
        # ucraino" with no Ukrainian president named): no side of an event but a milestone
        self._title_adjs: set[tuple[int, int]] = set()
        #: a title read as a person named before ("the Russian president"): its span, the
        #: person and the state of its adjective (`_agreement_parties`)
        self._title_ref_states: dict[tuple[int, int], tuple[str, str]] = {}
        self._genders: dict[str, str | None] = {}
        self._media_ids: dict[str, str] = {}  # short name of an outlet -> its actor id
        self.last_agreement: str | None = None
        self.speech_only = False
        self._pair_again = False  # the last sentence opened with "the two ministers"
        self.speakers: list[_Candidate] = []
        self.stance_speakers: list[_Candidate] = []  # speakers by a stance taken ("welcomed")
        self.stance_cues: list[int] = []
        self.prev_deniers: list[_Candidate] = []
        # the people who accused, appealed or pledged support in the sentence before
        self.prev_agents: list[_Candidate] = []
        self.before_speakers: list[_Candidate] = []  # the one who spoke in the sentence before
        self.according_speech = False  # speakers by "according to" and a quotation
        self.denial = False
        self.cue_starts: list[int] = []
        self.deny_cues: list[int] = []
        self.dateline_end = 0
        self.lexicon = backend.matcher.lexicon
        self.last_source: _Candidate | None = None  # who "the agency" said is, later
        self.sources: list[_Candidate] = []  # every named source, in order
        self.cue_subjects: list[tuple[int, _Candidate]] = []  # (verb token, its subject)
        self._trip_said_from = 0  # where the words said begin after the speaker's trip
        self.cue_tokens: list[int] = []  # the sentence's verbs of saying or confirming
        self.report_tokens: list[int] = []  # of saying only
        self.prev_sentence: tuple[int, int] | None = None  # the span of the one before
        self._not_name, self._meeting_words, self._verbs = _name_words(self.r)
        # the words events need ("troops", "shells"): nouns, never a clause's verb
        # (not what ties need, their kind or growth: "ties have expanded")
        self._nouns = frozenset(w for rule in self.r.events for w in rule.needs.words
                                if rule.type != EventType.COOPERATION)
        # "called on", "calls on": an appeal's own phrase, not a verb of saying ("call")
        self._speech_phrases = WordSet(frozenset(), tuple(
            p for rule in self.r.events if rule.type in _SPEECH_ACTS for p in rule.words.phrases))
        self.parens: list[_Paren] = []  # of the sentence being read
        self.sentence_starts: list[int] = []
        self._bounds_of: Sentence | None = None  # the sentence of ``_bounds``
        self._council_seen = False  # the UN Security Council named before
        self._frames_of: Sentence | None = None  # the sentence of ``_frames``
        self._frames: dict[int, tuple[int, list[str], list[str]]] = {}
        self._sources_found_again: set[str] = set()
        self._bounds: list[int] = []
        self._ties_characterised = False  # the sentence's ties were said to threaten nobody
        # states named only in the title of a person left unnamed ("l'ambasciatore ucraino")
        self._title_states: set[tuple[int, int]] = set()
        # people who only own another's title ("Putin's top diplomat, Sergey Lavrov")
        self._owners: set[tuple[int, int]] = set()
        self._asserter_spans: set[tuple[int, int]] = set()  # of the sentence being read
        self._past_ignored: set[int] = set()  # milestones told aside, no past said

    # --- people and organisations named with a cue ----------------------------------

    def _mentions_in(self, start: int, end: int) -> list[Mention]:
        return self.mentions.within(start, end)

    def people_and_orgs(self, s: Sentence) -> None:
        # organisations first: "Chinese Foreign Ministry spokesperson Lin Jian" is the
        # ministry's spokesperson, and the ministry no participant
        self._media(s)
        self._communities(s)
        self._security_council(s)
        self._delegations(s)
        self._organisations(s)
        self._upper_houses(s)
        self._lowercase_ministries(s)
        self._initials(s)
        self._titles(s)
        self._title_lists(s)
        self._bare_names(s)
        self._unnamed_titles(s)
        self._delegation_leaders(s)

    def _delegation_refs(self, s: Sentence) -> None:
        """ "The delegation", "la delegazione", "la délégation" (a definite article, no
        adjective of a state after it): the unnamed delegation named last before."""
        toks = s.tokens
        for i, t in enumerate(toks):
            if t.fold not in _DELEGATION_NOUNS or i == 0 or \
                    self.mentions.at(t.start) is not None or \
                    toks[i - 1].fold not in (self.r.articles | _ARTICLE_WORDS) - \
                    self.r.indefinite - _INDEFINITE:
                continue
            nxt = self.mentions.at(toks[i + 1].start) if i + 1 < len(toks) else None
            if nxt is not None:
                continue  # "la delegazione russa": a delegation of its own
            ref = next((m for m in reversed(self.mentions.within(
                max(0, t.start - 3000), toks[i - 1].start))
                if not m.agreement and _kind(self, m.target) == "group"
                and any(w in _DELEGATION_NOUNS for w in m.target.split("-"))), None)
            if ref is not None:
                self.mentions.add(Mention(toks[i - 1].start, t.end,
                                          self.text[toks[i - 1].start:t.end], ref.target,
                                          "alias"))

    def _delegation_leaders(self, s: Sentence) -> None:
        """ "a Russian parliamentary delegation led by Duma Speaker Vyacheslav Volodin",
        "una delegazione militare nordcoreana guidata dal capo di stato maggiore Ri Yong
        Gil", "une délégation russe conduite par le président de la Douma, Viatcheslav
        Volodine": the delegation alone is a side of its visits and meetings, its named
        leader a mention (GUIDELINES, settled at the start of session 15)."""
        toks = s.tokens
        for i, t in enumerate(toks):
            if t.fold not in _DELEGATION_NOUNS:
                continue
            j = i + 1
            # (the words of its kind and the state's adjective after the noun, a comma)
            while j < len(toks) and j - i <= 6 and toks[j].fold not in _LED_BY and (
                    toks[j].fold in _DELEGATION_KINDS or toks[j].text.islower()
                    and self.mentions.at(toks[j].start) is not None
                    or (m := self.mentions.at(toks[j].start)) is not None
                    and m.kind == "demonym"):
                j += 1
            if j >= len(toks) or toks[j].fold not in _LED_BY:
                continue
            for k in range(j + 1, min(j + 14, len(toks))):
                if toks[k].fold in _AND or self.text[toks[k - 1].end:toks[k].start].strip() \
                        in (";", ":"):
                    break
                m = self.mentions.at(toks[k].start)
                if m is not None and not m.agreement and _kind(self, m.target) == "person":
                    self.consumed.add((m.start, m.end))
                    break

    def _unnamed_titles(self, s: Sentence) -> None:
        """ "received the Ukrainian ambassador", "met his North Korean counterpart", "il
        presidente russo", "l'ambassadeur de Chine": a person's title with a state's
        adjective (or the state after "of") and no name: the state is a mention, no side of
        the person's acts (GUIDELINES, settled at the start of session 14: a title's
        adjective names no side). A title that refers back to a person named is that person
        (its own mention), left alone."""
        toks = s.tokens
        lang = self.b.language
        for k, t in enumerate(toks):
            if t.fold not in _UNNAMED_TITLE_NOUNS or t.start < self.dateline_end or \
                    self.mentions.at(t.start) is not None:
                continue
            demonym: Mention | None = None
            last = k
            if lang == "en":
                j = k - 1
                while j >= 0 and toks[j].fold in self.r.title_words and \
                        self.mentions.at(toks[j].start) is None:
                    j -= 1
                m = self.mentions.at(toks[j].start) if j >= 0 else None
                if m is not None and m.kind == "demonym" and j >= 0 and \
                        self.text[m.end:toks[j + 1].start].strip() == "":
                    demonym = m
            else:
                j = k + 1
                while j < len(toks) and (toks[j].fold in self.r.title_words or toks[j].fold
                                         in _STATE_OF) and \
                        self.mentions.at(toks[j].start) is None and j - k <= 3:
                    j += 1
                m = self.mentions.at(toks[j].start) if j < len(toks) else None
                if m is not None and m.start == toks[j].start and (
                        m.kind == "demonym" or toks[j - 1].fold in _STATE_OF
                        and _kind(self, m.target) == "state"):
                    demonym = m
                    last = s.token_at(m.end - 1)
            if demonym is None or _kind(self, demonym.target) != "state":
                continue
            nxt = last + 1
            while nxt < len(toks) and self.mentions.at(toks[nxt].start) is demonym:
                nxt += 1
            if nxt < len(toks) and (toks[nxt].text[:1].isupper() or self.mentions.at(
                    toks[nxt].start) is not None) and self.text[toks[nxt - 1].end:
                                                         toks[nxt].start].strip(" ,") == "":
                continue  # a name follows: the titled person is named
            if any("," in self.text[toks[x - 1].end:toks[x].start]
                   and (m2 := self.mentions.at(toks[x].start)) is not None
                   and _kind(self, m2.target) == "person"
                   for x in range(nxt, min(len(toks), nxt + 5))):
                continue  # "the Russian ambassador in Seoul, Georgy Zinoviev,"
            self._title_states.add((demonym.start, demonym.end))

    def _lowercase_ministries(self, s: Sentence) -> None:
        """ "South Korea's foreign ministry said", "the Ukrainian defence ministry": a
        ministry of ``data/bodies.tsv`` written in lower case after its state's name,
        possessive or adjective is that state's ministry, as written with capitals (the
        graph's body, else ``<state>-<portfolio>-ministry``); the state a mention only
        (session 14)."""
        if self.b.language != "en":
            return  # (Italian and French write "il ministero", "le ministère" so)
        toks = s.tokens
        for m in self._mentions_in(s.start, s.end):
            info = self.lexicon.actors.get(m.target)
            if info is None or info.kind != "state" or m.agreement:
                continue
            k = s.token_at(m.end - 1) + 1
            if k < len(toks) and toks[k].fold == "s" and toks[k].start == m.end + 1:
                k += 1  # "Russia's"
            for n in (3, 2):
                words = toks[k:k + n]
                if len(words) < n or not all(t.text.isalpha() and t.text.islower()
                                             for t in words):
                    continue
                start, end = words[0].start, words[-1].end
                name = self.text[start:end]
                if body_concept(fold_key(name)) is None or \
                        self.mentions.overlapping(start, end):
                    continue
                known = self.lexicon.body_of(info.id, name)
                actor_id = known or self.lexicon.ministry_id(info.id, name)
                if actor_id is None:
                    continue
                if known is None:
                    self.result.new_actors.setdefault(actor_id, NewActor(
                        actor_id, name, "government_body", info.id,
                        cue=f"ministry name ('{name}')", evidence=(s.start, s.end)))
                self.mentions.add(Mention(start, end, name, actor_id,
                                          "alias" if known else "name"))
                self.consumed.add((m.start, m.end))
                break

    def _initials(self, s: Sentence) -> None:
        """An acronym that is the initials of an organisation named before in the text
        ("South Korea's National Intelligence Service ... The NIS said") is that
        organisation."""
        orgs: dict[str, str] = {}
        for m in self.mentions.within(0, s.start):
            if m.agreement or _kind(self, m.target) not in (
                    "organization", "government_body", "alliance", "media", "group"):
                continue
            words = [w for w in re.findall(r"[A-Za-zÀ-ÿ]+", m.text) if w[:1].isupper()]
            if len(words) >= 2:
                orgs.setdefault("".join(w[0] for w in words).upper(), m.target)
        if not orgs:
            return
        for t in s.tokens:
            if t.text.isupper() and 2 <= len(t.text) <= 6 and t.text in orgs and \
                    self.mentions.at(t.start) is None:
                self.mentions.add(Mention(t.start, t.end, t.text, orgs[t.text], "alias"))

    def _media(self, s: Sentence) -> None:
        """ "ha riferito la Kcna", "told South Korea's KBS", "cited by the Financial
        Times": a news outlet of ``data/media.tsv`` named anywhere is an actor of kind
        media (an outlet's name is its full name: no cue needed)."""
        for m in media_pattern().finditer(self.text, s.start, s.end):
            start, end = m.span()
            if start < self.dateline_end or self.mentions.overlapping(start, end):
                continue
            name = m.group()
            actor_id = self._media_ids.get(name, slug(name))
            self._new_actor(actor_id, name, "media", f"news outlet '{name}'", s)
            self.mentions.add(Mention(start, end, name, actor_id, "name"))
            self._outlet_state(s, start)
            # "the Korean Central News Agency (KCNA)": the short name is the same outlet,
            # here and wherever the text uses it again
            short = _PAREN_ACRONYM.match(self.text, end, s.end)
            if short is not None and short.group(1) != name:
                self._media_ids[short.group(1)] = actor_id
                info = self.result.new_actors.get(actor_id)
                if info is not None and short.group(1) not in info.aliases:
                    info.aliases.append(short.group(1))

    def _outlet_state(self, s: Sentence, start: int) -> None:
        """ "North Korea's official KCNA news agency", "the North Korean KCNA", "l'agence
        officielle nord-coréenne KCNA", "l'agenzia di stampa russa Tass": the state named
        right before an outlet's name (but for words of its kind) describes the outlet; it
        is no source nor side of what the outlet tells."""
        toks = s.tokens
        k = s.token_at(start) - 1

        def joined(j: int) -> bool:  # no punctuation but an apostrophe after token j
            return self.text[toks[j].end:toks[j + 1].start].strip(" '’") == ""

        while k >= 0 and toks[k].fold in _OUTLET_WORDS and joined(k):
            k -= 1
        if k < 0 or toks[k].end <= s.start or not joined(k):
            return
        m = self.mentions.at(toks[k].start)
        if m is None or m.start < s.start or m.start < self.dateline_end or \
                _kind(self, m.target) != "state":
            return
        self.consumed.add((m.start, m.end))
        self._outlet_states.add((m.start, m.end))

    def _communities(self, s: Sentence) -> None:
        """ "urged the international community", "ha invitato la comunità internazionale",
        "la communauté internationale": the whole of the world's states named as one, an
        unnamed group (kind group, the slug of the phrase as written, no article), as an
        appeal's addressee or an actor of any other role."""
        for m in _COMMUNITY.finditer(self.text, s.start, s.end):
            start, end = m.span()
            if start < self.dateline_end or self.mentions.overlapping(start, end):
                continue
            name = m.group()
            actor_id = slug(name)
            self._new_actor(actor_id, name, "group", f"collective '{name}'", s)
            self.mentions.add(Mention(start, end, name, actor_id, "name"))

    def _security_council(self, s: Sentence) -> None:
        """ "the UN Security Council", "the Security Council", "il Consiglio di sicurezza
        dell'Onu", "le Conseil de sécurité des Nations unies": the UN's council is the UN
        (`united-nations`, GUIDELINES, settled after the held-out round of session 12), as
        an appeal's addressee or an actor of any role; a state's own council ("il Consiglio
        di sicurezza russo", "le Conseil de sécurité nationale", "Russia's Security
        Council") is not (session 15)."""
        if "united-nations" not in self.lexicon.actors:
            return
        for m in _SECURITY_COUNCIL.finditer(self.text, s.start, s.end):
            start, end = m.span()
            if start < self.dateline_end:
                continue
            before = self.text[max(s.start, start - 30):start]
            if _STATE_COUNCIL_BEFORE.search(before):
                continue  # "Russia's Security Council", "the Russian Security Council"
            inner = [x for x in self.mentions.within(max(s.start, start - 40), end + 40)
                     if x.start < end and x.end > start]
            if any(x.target != "united-nations" for x in inner):
                continue
            for x in inner:
                self.mentions.remove(x)
            self.mentions.add(Mention(start, end, m.group(), "united-nations", "name"))
            self._council_seen = True
        if not self._council_seen:
            return
        # "the Council", "il Consiglio", "le Conseil" alone, after the UN's council was
        # named: that council
        for m in _BARE_COUNCIL.finditer(self.text, s.start, s.end):
            start, end = m.span()
            if start < self.dateline_end or self.mentions.overlapping(start, end):
                continue
            self.mentions.add(Mention(start, end, m.group(), "united-nations", "name"))

    def _delegations(self, s: Sentence) -> None:
        """ "a North Korean delegation", "una delegazione militare nordcoreana", "une
        délégation nord-coréenne de haut niveau": an unnamed delegation told by its state's
        adjective is an unnamed group (kind group, the slug of the phrase as written, no
        article), the state's adjective a mention of the state and no side of the
        delegation's acts (a meeting, a visit)."""
        toks = s.tokens
        for i, t in enumerate(toks):
            if t.fold not in _DELEGATION_NOUNS or t.start < self.dateline_end:
                continue
            lo = hi = i
            demonym: Mention | None = None
            # before the noun ("a high-level North Korean military delegation")
            k = i - 1
            while k >= 0:
                m = self.mentions.at(toks[k].start)
                if m is not None and m.kind == "demonym" and demonym is None and \
                        m.end <= toks[k + 1].start:
                    demonym = m
                    k = s.token_at(m.start)
                    lo = k
                    k -= 1
                elif m is None and toks[k].fold in _DELEGATION_KINDS:
                    lo = k
                    k -= 1
                else:
                    break
            # after it ("delegazione militare nordcoreana di alto livello")
            k = i + 1
            while k < len(toks):
                m = self.mentions.at(toks[k].start)
                if m is not None and m.kind == "demonym" and demonym is None and \
                        m.start == toks[k].start:
                    demonym = m
                    k = s.token_at(m.end - 1)
                    hi = k
                    k += 1
                elif m is None and toks[k].fold in _DELEGATION_KINDS:
                    hi = k
                    k += 1
                elif m is None and tuple(x.fold for x in toks[k:k + 3]) in _HIGH_LEVEL:
                    hi = k + 2
                    k += 3
                else:
                    break
            if demonym is None or demonym.target not in self.lexicon.actors:
                continue
            start, end = toks[lo].start, toks[hi].end
            if any(m is not demonym for m in self.mentions.within(start, end)):
                continue
            name = self.text[start:end]
            actor_id = slug(name)
            self._new_actor(actor_id, name, "group", f"delegation '{name}'", s)
            self.consumed.add((demonym.start, demonym.end))
            self.mentions.add(Mention(start, end, name, actor_id, "name"))

    def _bare_names(self, s: Sentence) -> None:
        """ "was received by Kim Jong Un", "Fumio Kishida said": a person named without a
        title, taken only where a person must stand: after "by" or "with" (or a verb of
        meeting), or as the subject of a verb of saying or of an event (a clause's start
        right before the verb). Two to four capitalised words that are no known name, no
        title, no organisation and no date."""
        toks = s.tokens
        credit = self._credit(s)  # "... to Russia (Yonhap)."
        k = 0
        while k < len(toks):
            if self._acronym_source(s, k):
                k += 1
                continue
            named = self._one_word_source(s, k)
            if named:
                k += named
                continue
            if credit is not None and k == credit[0]:
                a, b = toks[credit[0]].start, toks[credit[1]].end
                if self.mentions.at(a) is None:
                    name = self.text[a:b]
                    self.result.new_actors.setdefault(slug(name), NewActor(
                        slug(name), name, "media", cue=f"credited source ('({name})')",
                        evidence=(s.start, s.end)))
                    self.mentions.add(Mention(a, b, name, slug(name), "name"))
                k = credit[1] + 1
                continue
            run = _name_run(self.text, toks, k)
            if len(run) >= 2 and k in s.hits(self.r.according_to):
                k += 1  # "Selon Roustem Oumerov", "Secondo Kim Yong-hyun": the name after
                continue
            if len(run) < 2 or (k > 0 and toks[k - 1].text[:1].isupper()
                                and self.text[toks[k - 1].end:toks[k].start] == " "
                                and not self._after_according(s, k)):
                k += max(1, len(run))
                continue
            start, end = toks[run[0]].start, toks[run[-1]].end
            if self.mentions.overlapping(start, end) or start < self.dateline_end or any(
                    toks[j].fold in self._not_name
                    # "Kim Jong Un" in French or Italian: a capitalised word inside a name
                    # is no article
                    and not (j != run[0] and toks[j].fold in self.r.articles)
                    for j in run) or \
                    any(toks[j].text.isupper() and len(toks[j].text) > 1 for j in run):
                # ("Selon KCNA, ...": the sentence's first word and an acronym, which may
                # be a source of its own)
                acronym = next((j for j in run[1:] if toks[j].text.isupper()
                                and len(toks[j].text) > 1), None)
                k = acronym if acronym is not None and acronym > k else run[-1] + 1
                continue
            prev = toks[k - 1] if k > 0 else None
            # a bare preposition: "dal Financial Times", "by the Financial Times" hold an
            # article, which a person's name does not take
            before_cue = prev is not None and (
                prev.fold in _BARE_BY or prev.fold in _COMITATIVE
                # "KCNA quoted Kim Jong Un as saying", "citing Kim Yong-hyun"
                or prev.fold in {"quoted", "quoting", "quotes", "cited", "citing", "cites"}
                or prev.lemma in self._meeting_words or prev.fold in self._meeting_words
                # "Selon Roustem Oumerov, ...", "Secondo Kim Yong-hyun, ...": a source
                or self._after_according(s, k) and prev.fold not in self.r.articles
                # "signed by Vladimir Putin and Kim Jong Un", "da Putin e Kim Jong Un": a
                # name joined by "and" to a person's name
                or prev.fold in _AND and k > 1 and (
                    m := self.mentions.at(toks[k - 2].start)) is not None
                and m.end == toks[k - 2].end and _kind(self, m.target) == "person") and \
                self.text[prev.end:start] in (" ", "'", "’")
            nxt = run[-1] + 1
            while nxt < len(toks) and toks[nxt].fold in _AUXILIARIES | _ADVERBS and \
                    nxt - run[-1] <= 3:
                nxt += 1
            gap = self.text[end:toks[nxt].start] if nxt < len(toks) else ""
            between = self.text[prev.end:start] if prev is not None else ""
            unquoted = between.translate(_NO_QUOTES).strip()
            # after a quotation: '"...," Kim Jong Un told', '«...» Kim Jong Un ha detto'
            clause_start = prev is None or unquoted in (",", "—", "-", "–") or \
                prev.fold in _AND or unquoted == "" and between.strip() != ""
            said_at = set(s.hits(self.r.report)) | set(s.hits(self.r.confirm)) | \
                set(s.hits(self.r.report_after_quotation))
            if prev is not None and k - 1 in said_at and k >= 2 and any(
                    "," in self.text[toks[j - 1].end:toks[j].start]
                    for j in range(max(1, k - 3), k)):
                # '"...," said Kim Jong Un', '«...», ha detto Kim Jong Un', "..., a
                # déclaré Kim Jong-un": the name right after a verb of saying that closes
                # what is said
                before_cue = before_cue or self.text[prev.end:start] == " "
            after_cue = nxt < len(toks) and clause_start and "," not in gap and \
                toks[nxt].text[:1].islower() and (
                    toks[nxt].fold in self._verbs or toks[nxt].lemma in self._verbs)
            if not after_cue and clause_start and gap.strip() == "," and nxt < len(toks) \
                    and toks[nxt].text[:1].islower():
                # "Kim Jong Un, quoted by state media, called...": the subject of the verb
                # after a clause between commas
                after_cue = any(
                    "," in self.text[toks[j - 1].end:toks[j].start]
                    and self._verb_after(s, j, [])
                    for j in range(nxt + 1, min(nxt + 16, len(toks))))
            if not after_cue and clause_start and nxt + 1 < len(toks) and \
                    toks[nxt].fold in _AND and gap.strip() == "" and (
                        m := self.mentions.at(toks[nxt + 1].start)) is not None and \
                    _kind(self, m.target) == "person":
                # "Kim Jong Un and Vladimir Putin spoke by telephone": a name joined by "and"
                # to a person's name before their verb
                after_cue = True
            # "Kim Jong Un issued a decree", "il decreto di Kim Jong Un": a person of
            # data/people.tsv named in full needs no cue (session 14, milestones)
            known = known_person(self.text[start:end]) != (None, None)
            if before_cue or after_cue or known:
                if not find_dates(self.text[start:end], self.b.language, None):
                    self._new_person(s, run, None, None, "a name before a verb of "
                                     "saying or of an event" if after_cue else
                                     f"a name after '{prev.text if prev else ''}'")
            k = run[-1] + 1


    def _initials_of(self, acronym: str, pos: int) -> str | None:
        """The organisation named in full before offset pos whose initials the acronym is
        ("National Intelligence Service ... the NIS", "Security Service of Ukraine (SBU)"
        is not: its initials differ)."""
        for m in reversed(self.mentions.within(0, pos)):
            new = self.result.new_actors.get(m.target)
            if new is None or new.kind == "person":
                continue
            initials = "".join(w[0] for w in re.findall(r"[A-Z][\w-]*", new.name))
            if len(initials) >= 2 and initials.upper() == acronym.upper():
                return m.target
        return None

    def _acronym_source(self, s: Sentence, k: int) -> bool:
        """ "KCNA said", "the SBU reported": an acronym the graph does not know, as the
        subject of a verb of saying, is an organisation that speaks."""
        toks = s.tokens
        t = toks[k]
        if not (2 <= len(t.text) <= 6 and t.text.isupper() and t.text.isalpha()) or \
                t.start < self.dateline_end or self.mentions.at(t.start) is not None:
            return False
        said = self.r.confirm.words | self.r.report.words | self.r.deny.words
        # "a affirmé lundi le NIS", "ha riferito la Kcna": the subject after its verb (an
        # article and a day's or adverb's lower-case words between)
        before = next((j for j in range(k - 1, max(k - 5, -1), -1)
                       if toks[j].fold in said or toks[j].lemma in said), None)
        inverted = before is not None and self.r.subject_after > 2 and all(
            u.text.islower() for u in toks[before + 1:k]) and \
            not any(ch in ",;:()«»\"" for ch in self.text[toks[before].end:t.start])
        # ("..., according to TASS.": the acronym ends the sentence)
        if not inverted and (k + 1 >= len(toks) or self.text[t.end:toks[k + 1].start] != " ") \
                and not self._after_according(s, k):
            return False
        nxt = k + 1
        while nxt < len(toks) and toks[nxt].fold in _AUXILIARIES | _ADVERBS and nxt - k <= 3:
            nxt += 1
        if (nxt >= len(toks) or not toks[nxt].text.islower() or not (
                toks[nxt].fold in said or toks[nxt].lemma in said)) and \
                not self._after_according(s, k) and not inverted:
            return False  # "Selon le NIS, ...": the source
        actor_id = self._initials_of(t.text, t.start) or slug(t.text)
        if actor_id not in self.lexicon.actors:
            # "state news agency KCNA reported": an agency is a news medium
            media = k > 0 and toks[k - 1].fold in self.r.media_nouns
            self.result.new_actors.setdefault(actor_id, NewActor(
                actor_id, t.text, "media" if media else "organization",
                cue=f"'{t.text}' speaks",
                evidence=(s.start, s.end)))
        self.mentions.add(Mention(t.start, t.end, t.text, actor_id, "name"))
        return True

    def _credit(self, s: Sentence) -> tuple[int, int] | None:
        """The tokens of a name in parentheses that ends the sentence ("... to Russia
        (Yonhap).", "(AFP)"): the credited source of what the sentence tells."""
        toks = s.tokens
        tail = s.text.rstrip().rstrip(".").rstrip()
        if not tail.endswith(")") or "(" not in tail:
            return None
        a = s.start + tail.rindex("(") + 1
        b = s.start + len(tail) - 1
        inside = [k for k, t in enumerate(toks) if a <= t.start and t.end <= b]
        if not inside or len(inside) > 4 or any(
                not toks[k].text[:1].isupper() and toks[k].fold not in _GENITIVE
                for k in inside) or find_dates(self.text[a:b], self.b.language, None) or \
                inside[0] == 0 or self.text[a:b].strip() != self.text[toks[inside[0]].start:
                                                                     toks[inside[-1]].end]:
            return None
        return inside[0], inside[-1]

    def _one_word_source(self, s: Sentence, k: int) -> int:
        """ "..., Yonhap reported.", "..., riferisce Yonhap.", "selon Yonhap, ...", "...,
        rapporte le New York Times": a name of one to four capitalised words the graph does
        not know, after a comma as the subject of a verb of saying that ends the clause,
        after such a verb at the clause's end (Italian, French), or after "according to",
        is a source that speaks (a news medium when it reports or writes). The number of
        its words, 0 if none."""
        toks = s.tokens
        if toks[k].fold in ("the",) and k + 1 < len(toks) and toks[k].text == "The" and \
                k and self.text[toks[k - 1].end:toks[k].start].strip() in (",", ""):
            k0 = k + 1  # "..., The New York Times reported"
        else:
            k0 = k
        end = k0
        while end + 1 < len(toks) and end - k0 < 3 and toks[end + 1].text[:1].isupper() and \
                toks[end + 1].text.isalpha() and self.text[toks[end].end:toks[end + 1].start] \
                == " " and self.mentions.at(toks[end + 1].start) is None:
            end += 1
        words = toks[k0:end + 1]
        t = toks[k0]
        if k0 >= len(toks) or any(
                len(u.text) < 2 or not u.text.isalpha() or not u.text[:1].isupper()
                or self.mentions.at(u.start) is not None or u.fold in self._not_name
                # ("She also warned Washington": a pronoun, no source's name)
                or u.fold in self.r.subject_pronouns or u.fold in _PERSONAL
                for u in words) or t.start < self.dateline_end or \
                len(words) == 1 and (len(t.text) < 3 or not t.text[1:].islower()):
            return 0
        if len(words) > 1 and not (k0 > k or k and toks[k - 1].fold in self.r.articles
                                   | _ARTICLE_WORDS and toks[k - 1].text.islower()):
            return 0  # a person's name takes no article, a newspaper's does
        if len(words) == 1 and (any(
                m.end() != t.end for m in re.finditer(
                    rf"\b[A-ZÀ-Þ][\w'’.-]* {re.escape(t.text)}\b", self.text)) or
                re.search(rf"\b{re.escape(t.text)} [A-ZÀ-Þ]", self.text) or
                t.fold in self.r.report_nouns.words):
            # a part of a person's name told in full ("Sergei Shoigu" ... "Shoigu", "Kim
            # Jong Un" ... "Kim"); a noun ("Accuse respinte da Mosca")
            return 0
        last = toks[end]
        said = self.r.confirm.words | self.r.report.words | self.r.deny.words

        def is_said(u: Token) -> bool:
            return u.text.islower() and (u.fold in said or u.lemma in said)

        def clause_ends(j: int) -> bool:  # nothing after token j but punctuation or a date
            rest = self.text[toks[j].end:s.end].lstrip()
            return not rest or rest[0] in ",.;:" or bool(find_dates(
                rest.split(",")[0], self.b.language, None)) and len(rest.split(",")[0]) < 25 \
                or j + 1 in s.hits(self.r.according_to)  # "... Journal citando funzionari"
        gap = self.text[toks[k - 1].end:toks[k].start] if k else ","  # (a sentence's start)
        if k > 1 and toks[k - 1].fold in self.r.articles and toks[k - 1].text.islower() and \
                "," in self.text[toks[k - 2].end:toks[k - 1].start]:
            gap = ","  # "..., the Wall Street Journal reported"
        nxt = end + 1
        while nxt < len(toks) and toks[nxt].fold in _AUXILIARIES | _ADVERBS and \
                nxt - end <= 3:
            nxt += 1
        verb = None
        if "," in gap and nxt < len(toks) and is_said(toks[nxt]) and (
                clause_ends(nxt) or k == 0) and \
                self.text[last.end:toks[end + 1].start] == " ":
            verb = toks[nxt]  # "..., Yonhap reported."
        elif k and self.r.subject_after > 2 and clause_ends(end) and not gap.strip(" '’"):
            j = k - 1
            while j > 0 and toks[j].fold in self.r.articles and toks[j].text.islower():
                j -= 1
            if is_said(toks[j]) and k - j <= 2:
                verb = toks[j]  # "..., riferisce Yonhap.", "rapporte le New York Times"
        if verb is None and not (self._after_according(s, k) and clause_ends(end)):
            return 0
        media = k and toks[k - 1].fold in self.r.media_nouns or verb is not None and (
            verb.lemma in _MEDIA_VERBS or verb.fold in _MEDIA_VERBS)
        name = self.text[t.start:last.end]
        actor_id = slug(name)
        if actor_id not in self.lexicon.actors:
            self.result.new_actors.setdefault(actor_id, NewActor(
                actor_id, name, "media" if media else "organization",
                cue=f"'{name}' speaks", evidence=(s.start, s.end)))
        self.mentions.add(Mention(t.start, last.end, name, actor_id, "name"))
        return end + 1 - k

    def _after_according(self, s: Sentence, k: int) -> bool:
        """Token k follows "according to", "selon", "secondo" (and an article)."""
        toks = s.tokens
        j = k - 1
        while j >= 0 and toks[j].fold in _ARTICLE_WORDS | self.r.articles:
            j -= 1
        for i in s.hits(self.r.according_to):
            n = next((len(p.split()) for p in self.r.according_to.phrases
                      if [t.fold for t in toks[i:i + len(p.split())]] == p.split()), 1)
            if i + n - 1 == j:
                return True
        return False

    def _titles(self, s: Sentence) -> None:
        toks = s.tokens
        for title, role in sorted(self.r.titles.items(), key=lambda kv: -len(kv[0])):
            needle = f" {title} "
            at = s.folded.find(needle)
            while at >= 0:
                ti = s.folded.count(" ", 0, at + 1) - 1
                tj = ti + len(title.split())
                at = s.folded.find(needle, at + 1)
                here = self.mentions.at(toks[ti].start) if tj <= len(toks) else None
                if tj > len(toks) or (here is not None and not here.agreement):
                    continue
                self._before_title(s, ti, tj, role)
                self._after_title(s, ti, tj, title, role)

    def _before_title(self, s: Sentence, ti: int, tj: int, role: str | None) -> None:
        """ "Valery Gerasimov, chief of Russia's general staff,": a name, a comma, then its
        title (an article may stand first), and the organisation or state named in it."""
        toks = s.tokens
        k = ti
        # ", the powerful sister of": an article and an adjective may stand first
        # (a capitalised word is a name's, not an article: "Kim Jong Un, il leader")
        while k > 0 and ti - k < 4 and (toks[k - 1].fold in self.r.articles
                                        and toks[k - 1].text.islower() or (
                toks[k - 1].text.islower() and toks[k - 2].fold in self.r.articles)
                # ", the North Korean leader,": the state's adjective
                or k > 1 and (m := self.mentions.at(toks[k - 1].start)) is not None
                and _kind(self, m.target) == "state"
                # ", South Korea's president,": the state's possessive
                or k > 1 and toks[k - 1].text == "s"
                and self.text[toks[k - 2].end:toks[k - 1].start] in ("'", "’")
                and (m := self.mentions.at(toks[k - 2].start)) is not None
                and _kind(self, m.target) is not None  # (also "Putin's spokesman")
                # (back over the owner's name before its "'s": "Putin's spokesman")
                or k > 1 and toks[k].text == "s"
                and self.text[toks[k - 1].end:toks[k].start] in ("'", "’")
                and self.mentions.at(toks[k - 1].start) is not None
                or k > 1 and (m := self.mentions.at(toks[k - 1].start)) is not None
                and m.end > toks[k - 1].end
                and self.text[m.end:m.end + 1] in ("'", "’")
                # ", NATO secretary general,": the organisation's name (after a name's comma)
                or k > 1 and (m := self.mentions.at(toks[k - 1].start)) is not None
                and not m.agreement
                and _kind(self, m.target) in ("alliance", "organization", "government_body")):
            k -= 1
        if k < 2 or not self.text[toks[k - 1].end:toks[k].start].strip() == ",":
            return
        run: list[int] = []
        n = k - 1
        while n >= 0 and len(run) < 5 and (
                toks[n].text[:1].isupper()
                # ("Kim Yong-hyun", "Han Duck-soo": a lower-case syllable after a hyphen)
                or n > 0 and toks[n].text.islower() and toks[n - 1].text[:1].isupper()
                and self.text[toks[n - 1].end:toks[n].start] == "-") \
                and toks[n].text.isalpha() and (not run or self.text[
                    toks[n].end:toks[run[0]].start] in (" ", "-")):
            run.insert(0, n)
            n -= 1
        first = toks[run[0]].fold if run else ""
        if first in _LOCATIVE.get(self.b.language, set()) | self.r.to_patient | \
                self.r.articles:
            return  # "À New York, l'ambassadeur": a place
        if not 2 <= len(run) <= 4:
            return  # one word, or a run of capitals that is more than a name
        if find_dates(self.text[toks[run[0]].start:toks[run[-1]].end], self.b.language, None):
            return  # "On Friday, Foreign Minister X met": a date opening the sentence
        if n >= 0 and (toks[n].fold in self.r.to_patient or toks[n].fold in _LOCATIVE.get(
                self.b.language, set())) and not self.text[toks[n].end:toks[run[0]].start].strip():
            return  # "À New York, l'ambassadeur": a place
        org = None
        for m in self._mentions_in(toks[tj - 1].end, s.end):
            if _WORD.findall(self.text[toks[tj - 1].end:m.start]).__len__() > 5 or \
                    "," in self.text[toks[tj - 1].end:m.start]:
                break
            info = self.lexicon.actors.get(m.target)
            if not m.agreement and info is not None and info.kind != "person":
                org = m
                break
        self._new_person(s, run, org, role, self.text[toks[ti].start:toks[tj - 1].end])

    def _title_lists(self, s: Sentence) -> None:
        """ "the foreign ministers of the United States, Japan and South Korea, Antony
        Blinken, Takeshi Iwaya and Cho Tae-yul", "i ministri della Difesa e degli Esteri
        russi, Andrei Belousov e Sergei Lavrov": a plural title, what it is of, a comma,
        then the names; the states in the description are no participants."""
        toks = s.tokens
        for i, t in enumerate(toks):
            if t.fold not in self.r.plural_titles:
                continue
            described: list[Mention] = []
            k = i + 1
            first: int | None = None
            while k < min(i + 16, len(toks)):
                here = self.mentions.at(toks[k].start)
                if here is not None and not here.agreement:
                    info = self.lexicon.actors.get(here.target)
                    if info is not None and info.kind == "person":
                        break
                    described.append(here)
                    k = s.token_at(here.end)
                    continue
                if self.text[toks[k - 1].end:toks[k].start].strip() == "," and \
                        len(_name_run(self.text, toks, k)) >= 2:
                    first = k
                    break
                k += 1
            if first is None:
                continue
            k = first
            while k < len(toks):
                here = self.mentions.at(toks[k].start)
                if here is not None and not here.agreement:
                    k = s.token_at(here.end)  # a person the graph knows
                else:
                    run = _name_run(self.text, toks, k)
                    titled = bool(run) and toks[run[0]].fold in self.r.title_words | _TITLE_NOUNS
                    while run and toks[run[0]].fold in self.r.title_words | _TITLE_NOUNS:
                        run = run[1:]  # "Foreign Minister Cho Tae-yul": its title's own
                    if len(run) < 2:
                        break
                    if not titled:
                        self._new_person(s, run, None, None, t.text)
                    k = run[-1] + 1
                if k >= len(toks):
                    break
                gap = self.text[toks[k - 1].end:toks[k].start].strip()
                if gap == "," or toks[k].fold in _AND and not gap:
                    k += 1 if toks[k].fold in _AND else 0
                    continue
                break
            for m in described:
                self.consumed.add((m.start, m.end))

    def _after_title(self, s: Sentence, ti: int, tj: int, title: str, role: str | None) -> None:
        toks = s.tokens
        sent_mentions = self._mentions_in(s.start, s.end)
        # the organisation or state: just before the title, or right after it
        org: Mention | None = None
        # "NATO Secretary General", "Russia's president", "Russian President"
        before = [m for m in sent_mentions if m.end <= toks[ti].start and not m.agreement
                  and _org_gap(self.text[m.end:toks[ti].start])
                  # "sottoposto alla Duma dal presidente Putin": a preposition between
                  # makes the name another phrase's, not the title's organisation
                  and not {fold_key(w) for w in _WORD.findall(self.text[m.end:toks[ti].start])}
                  & (self.r.to_agent | self.r.to_patient)
                  # "Cho Tae-yul and Defence Minister Kim": a person is no organisation
                  and _kind(self, m.target) != "person"]
        if before:
            org = before[-1]
        j = tj
        while j < len(toks):
            m = next((m for m in sent_mentions if m.start == toks[j].start and not m.agreement),
                     None)
            # (an organisation found in this text too: "del Consiglio di sicurezza russo",
            # "il portavoce del ministero degli Esteri cinese Lin Jian")
            if m is not None and _kind(self, m.target) not in (None, "person"):
                # "Russia's ambassador to Seoul": where he is posted is not his state
                if not (before and j > 0 and toks[j - 1].fold in {"to", "presso", "aupres"}):
                    org = m
                j = s.token_at(m.end)
                continue
            if toks[j].fold in self.r.articles or toks[j].fold in _GENITIVE \
                    or toks[j].fold in {"to", "at", "presso", "aupres"} \
                    and not toks[j].text[:1].isupper() \
                    or toks[j].fold in _TITLE_NOUNS \
                    or toks[j].fold in _INSTITUTIONS and toks[j].text.islower() \
                    or toks[j].fold in self.r.org_heads and toks[j].text.islower() \
                    and j > tj and toks[j - 1].fold in _GENITIVE | self.r.articles:
                # "press secretary Maj. Gen. Pat Ryder", "il portavoce del governo Y. Hayashi",
                # "il portavoce del dipartimento di Stato Matthew Miller"
                j += 1
                continue
            break
        # "le ministre chinois des Affaires étrangères Wang Yi", "il segretario generale
        # uscente Jens Stoltenberg": the rest of the title after the state's adjective
        while j < len(toks) and (toks[j].fold in self.r.title_words | self.r.title_modifiers
                                 | self.r.articles | _GENITIVE or self._portfolio_prep(s, j)):
            j += 1
        if j >= len(toks):
            return
        owner = next((m for m in sent_mentions if m.start == toks[j].start
                      and not m.agreement and _kind(self, m.target) == "person"), None)
        if owner is not None and j > tj and toks[j - 1].fold in _GENITIVE and \
                self.text[owner.end:owner.end + 2] == ", ":
            # "il portavoce di Putin, Dmitry Peskov", "the spokesman of Putin, X": the title
            # is of the person after the owner's comma
            k = s.token_at(owner.end - 1) + 1
            if k < len(toks) and len(_name_run(self.text, toks, k)) >= 2:
                j = k
        person = next((m for m in sent_mentions if m.start == toks[j].start), None)
        if person is not None and self._other_namesake(s, person, j):
            # "senior North Korean official Choe Ryong Hae": not Choe Son Hui
            self.mentions.remove(person)
            person = None
        if person is not None and self.lexicon.actors.get(person.target) is not None \
                and self.lexicon.actors[person.target].kind == "person":
            if org is not None:
                self.consumed.add((org.start, org.end))
            return
        name_toks = _name_run(self.text, toks, j)
        if len(name_toks) >= 3 and j > 0 and toks[j - 1].fold in _GENITIVE and \
                toks[j - 2].fold in self.r.org_heads and \
                self.mentions.at(toks[name_toks[-2]].start) is None:
            # "del dipartimento di Stato Matthew Miller", "du département d'État Antony
            # Blinken": the body's capitalised word, then the person's two
            name_toks = name_toks[-2:]
        if len(name_toks) < 2:
            # "the head of Ukraine's military intelligence (HUR), Kyrylo Budanov"
            for k in range(j + 1, min(j + 8, len(toks))):
                if self.text[toks[k - 1].end:toks[k].start].strip().endswith(","):
                    run = _name_run(self.text, toks, k)
                    if len(run) >= 2:
                        name_toks = run
                        # what stands between belongs to the title ("del Consiglio di
                        # sicurezza della Federazione Russa")
                        for m in self._mentions_in(toks[j].start, toks[k].start):
                            self.consumed.add((m.start, m.end))
                    break
        if len(name_toks) < 2:
            # "il ministro delle Risorse naturali russo Alexander Kozlov": the portfolio,
            # the state's adjective, then the name
            for k in range(j, min(j + 6, len(toks))):
                m = next((m for m in sent_mentions if m.start == toks[k].start
                          and not m.agreement), None)
                if m is None:
                    continue
                info = self.lexicon.actors.get(m.target)
                run = _name_run(self.text, toks, s.token_at(m.end))
                if info is not None and info.kind != "person" and len(run) >= 2:
                    org, name_toks = m, run
                break
        # "Chief Cabinet Secretary Yoshimasa Hayashi": the name starts after the title
        while name_toks and toks[name_toks[0]].fold in self.r.title_words | _TITLE_NOUNS:
            name_toks = name_toks[1:]
        if len(name_toks) < 2:
            return
        self._new_person(s, name_toks, org, role, self.text[toks[ti].start:toks[tj - 1].end])

    def _other_namesake(self, s: Sentence, m: Mention, j: int) -> bool:
        """The mention at token j is one word, a known person's family name, followed by
        capitalised words of a name of its own ("Choe Ryong Hae" after a title is not Choe
        Son Hui; "Kim Yo Jong" is not Kim Jong Un): another person."""
        toks = s.tokens
        info = self.lexicon.actors.get(m.target)
        if info is None or info.kind != "person" or s.token_at(m.end - 1) != j:
            return False
        run = _name_run(self.text, toks, j)
        if len(run) < 3 and not (len(run) == 2 and self.text[toks[j].end:toks[run[1]].start]
                                 == " "):
            return False
        name = self.text[toks[run[0]].start:toks[run[-1]].end]
        return fold_key(name) != fold_key(info.name) and \
            self.mentions.at(toks[run[1]].start) is None

    def _portfolio_prep(self, s: Sentence, j: int) -> bool:
        """Token j is the preposition of a portfolio in a title ("le secrétaire américain à
        la Défense", "la ministre aux Affaires étrangères", "il segretario alla Difesa",
        "Minister for Foreign Affairs"): a word of the title follows, after an article."""
        toks = s.tokens
        if toks[j].fold not in _PORTFOLIO_PREPS:
            return False
        k = j + 1
        if k < len(toks) and toks[k].fold in self.r.articles:
            k += 1
        return k < len(toks) and toks[k].text[:1].isupper() and \
            toks[k].fold in self.r.title_words and self.mentions.at(toks[k].start) is None

    def _new_person(self, s: Sentence, name_toks: list[int], org: Mention | None,
                    role: str | None, cue: str) -> None:
        """A person named with a cue (a title before or after the name): a new actor,
        with the role the title gives toward ``org``, and its surname for later."""
        toks = s.tokens
        start, end = toks[name_toks[0]].start, toks[name_toks[-1]].end
        inside = [m for m in self._mentions_in(s.start, s.end) if m.start < end and start < m.end]
        if inside:
            if org is not None and any(_kind(self, m.target) == "person" for m in inside):
                # "il ministro degli Esteri russo Sergej Lavrov": a person the graph knows
                # by surname; the title's state is no participant either
                self.consumed.add((org.start, org.end))
            return
        name = self.text[start:end]
        actor_id = slug(name)
        if actor_id in self.lexicon.actors:
            return
        org_id = org.target if org is not None else None
        country = None
        if org is not None and org_id is not None:
            info = self.lexicon.actors.get(org_id)
            country = org_id if info is not None and info.kind == "state" else (
                info.country if info is not None else None)
            self.consumed.add((org.start, org.end))
        actor = self.result.new_actors.get(actor_id) or NewActor(
            actor_id, name, "person", country,
            role=(role, org_id) if role and org_id else None, cue=cue,
            evidence=(s.start, s.end))
        surname = family_name(name)
        if len(surname) >= 3 and surname not in actor.aliases:
            actor.aliases.append(surname)
        self.result.new_actors[actor_id] = actor
        self.mentions.add(Mention(start, end, name, actor_id, "name"))

    def _organisations(self, s: Sentence) -> None:
        toks = s.tokens
        for i, t in enumerate(toks):
            if i + 1 < len(toks) and f"{t.fold} {toks[i + 1].fold}" in self.r.org_heads and \
                    not toks[i + 1].text[:1].isupper():
                # a head of two words: "l'état-major", "lo Stato maggiore"; not the end of a
                # title ("capo di stato maggiore", "chef d'état-major")
                if not any(" ".join(x.fold for x in toks[i - k:i + 2]) in self.r.titles
                           for k in (2, 3) if i >= k):
                    self._lower_case_organisation(s, i, 2)
                continue
            if t.fold in self.r.org_heads and not t.text[:1].isupper():
                if self.b.language == "en":
                    self._english_lower_ministry(s, i)
                    continue
                self._lower_case_organisation(s, i)
                continue
            if t.fold not in self.r.org_heads:
                continue
            lo = i
            while lo > 0 and self.mentions.at(toks[lo - 1].start) is None and \
                    self.text[toks[lo - 1].end:toks[lo].start].strip() in ("", "-"):
                if toks[lo - 1].text[:1].isupper():
                    lo -= 1
                elif toks[lo - 1].fold in _GENITIVE and lo > 1 and \
                        toks[lo - 2].text[:1].isupper():
                    lo -= 2  # "Joint Chiefs of Staff"
                elif toks[lo - 1].text == "s" and lo > 1 and \
                        toks[lo - 2].text[:1].isupper() and \
                        self.text[toks[lo - 2].end:toks[lo - 1].start] in ("'", "’") and \
                        self.mentions.at(toks[lo - 2].start) is None:
                    lo -= 2  # a possessive inside the name: "Supreme People's Assembly"
                else:
                    break
            hi = i
            while hi + 1 < len(toks) and self.text[toks[hi].end:toks[hi + 1].start].strip() \
                    in ("", "'", "’") and \
                    self.mentions.at(toks[hi + 1].start) is None:
                nxt = toks[hi + 1]
                if nxt.text[:1].isupper() and nxt.fold not in _GENITIVE and (
                        nxt.fold in self.r.titles or nxt.fold in self.r.title_words):
                    break  # "Federation Council Speaker Valentina Matviyenko"
                if nxt.text[:1].isupper():
                    hi += 1
                elif nxt.text == "s" and hi + 2 < len(toks) and \
                        toks[hi + 2].text[:1].isupper() and \
                        self.text[toks[hi].end:nxt.start] in ("'", "’") and \
                        self.mentions.at(toks[hi + 2].start) is None:
                    hi += 2  # "Presidium of the Supreme People's Assembly"
                elif nxt.fold in _ORG_LINKS and hi + 2 < len(toks) and \
                        toks[hi + 2].text[:1].isupper() and \
                        self.mentions.at(toks[hi + 2].start) is None and \
                        not find_dates(self.text[toks[hi + 2].start:toks[hi + 2].end + 4],
                                       self.b.language, None):
                    # (not a date: "the Federation Council on Nov. 6")
                    hi += 2  # "Consiglio della Federazione", "Ministry of Defence"
                    hi = self._name_adjectives(s, hi)
                elif nxt.fold in _ORG_LINKS and hi + 3 < len(toks) and \
                        toks[hi + 2].fold in self.r.articles | _ARTICLE_WORDS and \
                        toks[hi + 3].text[:1].isupper() and \
                        self.mentions.at(toks[hi + 3].start) is None:
                    hi += 3  # "Conseil de la Fédération"
                    hi = self._name_adjectives(s, hi)
                elif hi == i and nxt.fold in _GENITIVE and self.b.language in ("it", "fr") \
                        and self._plain_word(s, hi + 2):
                    # written as a sentence: "Conseil de sécurité nationale", "Consiglio di
                    # sicurezza"; one lower-case word more ("nationale")
                    hi += 2
                    if self._plain_word(s, hi + 1) and \
                            self.text[toks[hi].end:toks[hi + 1].start] == " ":
                        hi += 1
                    break
                else:
                    break
            if hi - lo < 1 or lo == 0 and hi - lo < 2:
                continue  # one word, or a capitalised sentence start that may be a verb
            while lo < hi and toks[lo].fold in self.r.articles:
                lo += 1
            start, end = toks[lo].start, toks[hi].end
            if self.mentions.overlapping(start, end):
                continue
            state_after = self._state_after(s, hi)
            if state_after is not None:
                end = state_after.end
            name = self.text[start:end]
            actor_id = slug(name)
            if actor_id in self.lexicon.actors:
                continue
            # "Russia's Foreign Ministry", "South Korean Defence Ministry": the state right
            # before the name (not "...to Russia, the Multilateral ... Team said")
            before = [m for m in self._mentions_in(s.start, start)
                      if len(_WORD.findall(self.text[m.end:start])) <= 1 and not m.agreement
                      and not any(p in self.text[m.end:start] for p in ",;:()")]
            country = None
            if state_after is not None:
                country = state_after.target
                self.mentions.remove(state_after)
            elif before:
                info = self.lexicon.actors.get(before[-1].target)
                if info is not None and info.kind == "state":
                    country = info.id
                    self.consumed.add((before[-1].start, before[-1].end))
            known = self.lexicon.body_of(
                country, name, state_after.text if state_after is not None else "") \
                if country else None
            if known is not None:
                # "Russia's Foreign Ministry": the graph's "Russian Foreign Ministry"
                self.mentions.add(Mention(start, end, name, known, "alias"))
                continue
            kind = "government_body" if country else "organization"
            if country:
                actor_id = self.lexicon.ministry_id(
                    country, name, state_after.text if state_after is not None else "") \
                    or actor_id
            self.result.new_actors.setdefault(actor_id, NewActor(
                actor_id, name, kind, country, cue=f"organisation name ('{t.text}')",
                evidence=(s.start, s.end)))
            self.mentions.add(Mention(start, end, name, actor_id, "name"))

    def _name_adjectives(self, s: Sentence, hi: int) -> int:
        """ "Presidium dell'Assemblea popolare suprema", "Présidium de l'Assemblée populaire
        suprême": in Italian and French an organisation's name may go on with up to two
        lower-case adjectives after its last capitalised word (known by their endings,
        ``_NAME_ADJECTIVE_ENDINGS``); the last token of the name."""
        endings = _NAME_ADJECTIVE_ENDINGS.get(self.b.language)
        toks = s.tokens
        k = hi
        while endings and k - hi < 2 and self._plain_word(s, k + 1) and \
                self.text[toks[k].end:toks[k + 1].start] == " " and \
                len(toks[k + 1].fold) > 4 and toks[k + 1].fold.endswith(endings):
            k += 1
        return k

    def _upper_houses(self, s: Sentence) -> None:
        """ "the upper chamber", "the upper house of the Russian parliament", "la camera
        alta", "la chambre haute du Parlement russe": a parliament's upper house named by
        its kind, of the state named with it or, with none, of the state whose lower house
        the text named before ("the State Duma ... the upper chamber"): the graph's body,
        else the body ``data/bodies.tsv`` names for that state (Russia's Federation Council,
        ``federation-council``)."""
        toks = s.tokens
        for k in range(len(toks) - 1):
            pair = (toks[k].fold, toks[k + 1].fold)
            if pair not in _UPPER_HOUSE_PAIRS or not toks[k].text.islower() or \
                    self.mentions.overlapping(toks[k].start, toks[k + 1].end):
                continue
            j = k - 1 if k and toks[k - 1].fold in _ARTICLE_WORDS | self.r.articles else k
            if j and "," in self.text[toks[j - 1].end:toks[j].start]:
                continue  # "the Federation Council, the upper house of ...": the name before
            state = None
            for j in range(k + 2, min(len(toks), k + 7)):
                m = self.mentions.at(toks[j].start)
                if m is None:
                    if toks[j].fold in _GENITIVE | _ARTICLE_WORDS | self.r.articles or \
                            toks[j].fold in ("parliament", "parlamento", "parlement",
                                             "russian", "federal", "federale", "federal"):
                        continue
                    break
                if m.agreement or self._state_of(m.target) != m.target:
                    break
                if "," in self.text[toks[k].end:m.start]:
                    break
                state = m
                break
            if state is None and k > 1 and toks[k - 1].fold == "s":
                # "Russia's upper house", "the Russian parliament's upper house" (session 15)
                b = k - 2
                if b > 0 and toks[b].fold in ("parliament", "legislature"):
                    b -= 1
                m = self.mentions.at(toks[b].start)
                if m is not None and not m.agreement and self._state_of(m.target) == m.target:
                    state = m
            country = self._state_of(state.target) if state is not None else None
            if country is None:
                house = self._lower_house_before(toks[k].start)
                info = self.lexicon.actors.get(house) if house is not None else None
                country = info.country if info is not None else None
            if country is None:
                continue
            body = self.lexicon.body_of(country, "upper house")
            name = state_body_name(country, "upper-house")
            if body is None and name is None:
                continue
            actor_id = body or slug(name or "")
            if body is None and actor_id not in self.result.new_actors:
                self.result.new_actors[actor_id] = NewActor(
                    actor_id, name or "", "government_body", country,
                    cue=f"upper house ('{toks[k].text} {toks[k + 1].text}')",
                    evidence=(s.start, s.end))
            # (the state stays named: a party of the treaty's milestones)
            start, end = toks[k].start, toks[k + 1].end
            self.mentions.add(Mention(start, end, self.text[start:end], actor_id, "alias"))

    def _plain_word(self, s: Sentence, k: int) -> bool:
        """Token k is a lower-case word of a name: no known name, article, preposition,
        auxiliary or verb."""
        toks = s.tokens
        return k < len(toks) and toks[k].text.isalpha() and toks[k].text.islower() and \
            self.mentions.at(toks[k].start) is None and \
            toks[k].fold not in _ARTICLE_WORDS | self.r.articles | _GENITIVE | _AND \
            | _AUXILIARIES | self.r.to_patient | self.r.to_agent | self.r.clause_breaks and \
            toks[k].fold not in self._verbs and toks[k].lemma not in self._verbs

    def _state_of_body(self, s: Sentence, k: int) -> Mention | None:
        """A genitive at token k and a state's name or capital right after it ("di Mosca",
        "de Séoul", "della Russia"): the mention of the state whose body was named."""
        toks = s.tokens
        if k >= len(toks) or toks[k].fold not in _GENITIVE:
            return None
        j = k + 1
        if j < len(toks) and toks[j].fold in _ARTICLE_WORDS | self.r.articles:
            j += 1
        m = self.mentions.at(toks[j].start) if j < len(toks) else None
        if m is None or m.start != toks[j].start or m.agreement or m.kind == "demonym":
            return None
        info = self.lexicon.actors.get(m.target)
        return m if info is not None and info.kind == "state" else None

    def _state_after(self, s: Sentence, hi: int) -> Mention | None:
        """ "Security Service of Ukraine", "Consiglio di sicurezza della Federazione
        Russa", "Dipartimento di Stato americano": a state named right after an
        organisation's name (by "of" and its name, or in Italian and French by its
        adjective) is part of the name; its mention, or None."""
        toks = s.tokens
        j = hi + 1
        if j >= len(toks) or self.text[toks[hi].end:toks[j].start] != " ":
            return None
        m = self.mentions.at(toks[j].start)
        if m is not None and m.kind == "demonym":
            if self.b.language not in ("it", "fr"):
                return None
        elif toks[j].fold in _GENITIVE and toks[j].fold != "des":
            k = j + 1
            if k < len(toks) and toks[k].fold in _ARTICLE_WORDS | self.r.articles:
                k += 1
            m = self.mentions.at(toks[k].start) if k < len(toks) else None
            if m is None or m.kind in ("demonym", "capital"):
                return None
        else:
            return None
        info = self.lexicon.actors.get(m.target)
        if m.start != toks[s.token_at(m.start)].start or m.agreement or info is None or \
                info.kind != "state":
            return None
        return m

    def _english_lower_ministry(self, s: Sentence, i: int) -> None:
        """ "the North Korean foreign ministry", "South Korea's defence ministry": a state's
        adjective or possessive, one or two lower-case words of its portfolio, and
        "ministry" in lower case are that state's ministry (the graph's body, or
        ``<state>-<portfolio>-ministry``), the state a mention of its name only."""
        toks = s.tokens
        j = i - 1
        while j >= 0 and i - j <= 2 and toks[j].text.islower() and toks[j].fold.isalpha() \
                and toks[j].fold not in _ARTICLE_WORDS and toks[j].fold != "s" and \
                self.mentions.at(toks[j].start) is None:
            j -= 1
        if j == i - 1 or j < 0:
            return
        if toks[j].fold == "s" and j > 0:  # "South Korea's defence ministry"
            j -= 1
        state = self.mentions.at(toks[j].start)
        if state is None or _kind(self, state.target) != "state" or \
                state.start < self.dateline_end or state.start < s.start or \
                self.text[state.end:toks[j + 1].start].strip(" '’s") != "":
            return
        start, end = state.start, toks[i].end
        name = self.text[start:end]
        plain = re.sub(r"['’]s\b", "", name)  # ("South Korea's": the state's own words)
        known = self.lexicon.body_of(state.target, plain, state.text)
        actor_id = known or self.lexicon.ministry_id(state.target, plain, state.text)
        if actor_id is None:
            return
        self.consumed.add((state.start, state.end))
        self.mentions.remove(state)
        if known is None and actor_id not in self.lexicon.actors:
            self.result.new_actors.setdefault(actor_id, NewActor(
                actor_id, name[:1].upper() + name[1:], "government_body", state.target,
                cue=f"organisation name ('{toks[i].text}')", evidence=(s.start, s.end)))
        self.mentions.add(Mention(start, end, name, actor_id, "alias" if known else "name"))

    def _lower_case_organisation(self, s: Sentence, i: int, width: int = 1) -> None:
        """ "il ministero degli Esteri nordcoreano", "le ministère des Affaires étrangères",
        "l'état-major sud-coréen", "lo Stato maggiore congiunto sudcoreano": a head word
        (``width`` words: "état-major"), its complements (a genitive and capitalised words,
        or up to two lower-case words: "congiunto", "esteri"), and the adjective of its
        state; the graph's body of that state when it names it in another language."""
        toks = s.tokens
        j = i + width
        # "le ministère nord-coréen des Affaires étrangères": the adjective before
        inner = self.mentions.at(toks[j].start) if j < len(toks) else None
        if inner is not None and inner.kind == "demonym" and inner.start == toks[j].start:
            j = s.token_at(inner.end)
        else:
            inner = None
        # "de l'Unification", "della Difesa": an article may follow the genitive
        art = 1 if j + 2 < len(toks) and toks[j + 1].fold in _ARTICLE_WORDS and \
            toks[j + 2].text[:1].isupper() else 0
        if j + 1 + art < len(toks) and toks[j].fold in _GENITIVE and \
                toks[j + 1 + art].text[:1].isupper():
            hi = j + 1 + art
            while hi + 1 < len(toks) and (toks[hi + 1].text[:1].isupper() or (
                    toks[hi + 1].fold in _GENITIVE and hi + 2 < len(toks)
                    and toks[hi + 2].text[:1].isupper())) and \
                    self._state_of_body(s, hi + 1) is None and \
                    self.text[toks[hi].end:toks[hi + 1].start].strip() == "":
                # (not across a comma: "selon le ministère russe de la Défense, Pyongyang")
                hi += 1
            caps = 1
            while hi - caps > j + art and toks[hi - caps].text[:1].isupper() and \
                    self.text[toks[hi - caps].end:toks[hi - caps + 1].start] == " ":
                caps += 1
            if caps >= 3 and self.mentions.at(toks[hi].start) is None:
                # "il portavoce del dipartimento di Stato Matthew Miller", "del ministero
                # degli Affari Esteri Antonio Tajani": a person's name of two words after
                # the body's own, no part of it
                hi -= 2
            while inner is not None and hi + 1 < len(toks) and \
                    toks[hi + 1].fold in self.r.title_words and \
                    self.text[toks[hi].end:toks[hi + 1].start] == " ":
                hi += 1  # "des Affaires étrangères"
        elif width == 2:
            hi = i + width - 1  # "l'état-major sud-coréen": the adjective right after
        else:
            return  # "l'agenzia ufficiale nordcoreana": a description, no name
        if inner is None:
            # "degli Affari esteri russo", "maggiore congiunto sudcoreano": lower-case words
            # of the name before its state's adjective
            k = hi + 1
            while k - hi <= 2 and self._plain_word(s, k):
                k += 1
            nxt = self.mentions.at(toks[k].start) if k < len(toks) else None
            if k > hi + 1 and nxt is not None and nxt.kind == "demonym" and \
                    nxt.start == toks[k].start:
                hi = k - 1
        start = toks[i].start
        if self.mentions.at(toks[hi].start) is not None or self.mentions.at(start) is not None:
            return  # a name the graph knows ("ministero degli Esteri russo")
        after = self.mentions.at(toks[hi + 1].start) if hi + 1 < len(toks) else None
        demonym = after if after is not None and after.kind == "demonym" \
            and after.start == toks[hi + 1].start else None
        if demonym is None and inner is None:
            # "il ministero degli Esteri di Mosca", "le ministère de la Défense de
            # Séoul": the state named by its capital or name after the body's name
            demonym = self._state_of_body(s, hi + 1)
        if inner is not None and demonym is None:
            demonym = inner
        said = set(s.hits(self.r.confirm)) | set(s.hits(self.r.report)) | \
            set(s.hits(self.r.deny))
        j = i - 1
        while j > 0 and toks[j].fold in self.r.articles | _ARTICLE_WORDS:
            j -= 1
        speaks = j >= 0 and j < i - 1 and (bool({j, j - 1} & said)
                                           or self._after_according(s, i))
        if demonym is None and not speaks:
            return  # "il ministero della Difesa" with no state: too vague to be an actor,
            # unless it speaks ("ha reso noto il dipartimento di Stato")
        end = max(demonym.end, toks[hi].end) if demonym is not None else toks[hi].end
        name = self.text[start:end]
        if demonym is not None:
            self.consumed.add((demonym.start, demonym.end))
            self.mentions.remove(demonym)
            known = self.lexicon.body_of(demonym.target, name, demonym.text)
            if known is not None:
                # "le ministère russe des Affaires étrangères": the graph's Russian Foreign
                # Ministry
                self.mentions.add(Mention(start, end, name, known, "alias"))
                return
        actor_id = slug(name)
        if demonym is not None:
            actor_id = self.lexicon.ministry_id(demonym.target, name, demonym.text) or actor_id
        if actor_id not in self.lexicon.actors:
            self.result.new_actors.setdefault(actor_id, NewActor(
                actor_id, name[:1].upper() + name[1:], "government_body",
                demonym.target if demonym is not None else None,
                cue=f"organisation name ('{toks[i].text}')", evidence=(s.start, s.end)))
        self.mentions.add(Mention(start, end, name, actor_id, "name"))

    def back_references(self, sentences: list[Sentence]) -> None:
        """The full names and surnames of the people found with a cue ("Mark Rutte" and
        "Rutte" after "NATO Secretary General Mark Rutte")."""
        actors = list(self.result.new_actors.values())
        for forms in ([(a, a.name) for a in actors if a.kind == "person"],
                      [(a, alias) for a in actors for alias in a.aliases]):
            for actor, alias in forms:
                for m in re.finditer(rf"\b{re.escape(alias)}\b", self.text):
                    if self.mentions.overlapping(m.start(), m.end()) or \
                            re.match(r"[ -][A-Z]", self.text[m.end():m.end() + 2]):
                        continue  # "Kim" of "Kim Yo Jong" is not Kim Jong Un
                    self.mentions.add(Mention(m.start(), m.end(), alias, actor.id,
                                                 "surname"))

    def sources_again(self, after: int) -> None:
        """A source found by its name in a sentence ("l'agenzia sudcoreana Yonhap", "the
        state news agency KCNA") is found again by that name in the sentences after it
        ("sempre secondo Yonhap", "Selon KCNA, ...")."""
        for actor in list(self.result.new_actors.values()):
            if actor.kind == "person" or actor.id in self._sources_found_again:
                continue
            words = actor.name.split()
            head = self._name_head(words)
            if head is not None:
                # "South Korea's Joint Chiefs of Staff ... The Joint Chiefs also said": a
                # body's name told again by its capitalised head after "the"
                self._sources_found_again.add(actor.id)
                for m in re.finditer(rf"\b(?:[Tt]he|[Ll]es|[Ll]e|[Ll]a|[Ii]l|[Gg]li|[Ii]) "
                                     rf"({re.escape(head)})\b(?! of\b| [A-Z])",
                                     self.text[after:]):
                    a, b = after + m.start(1), after + m.end(1)
                    if not self.mentions.overlapping(a, b):
                        self.mentions.add(Mention(a, b, head, actor.id, "name"))
                continue
            if not words or len(words) > 3 or not all(w[:1].isupper() for w in words):
                continue  # "fonti militari ucraine": a description, not a name
            self._sources_found_again.add(actor.id)
            for m in re.finditer(rf"\b{re.escape(actor.name)}\b", self.text[after:]):
                a, b = after + m.start(), after + m.end()
                if not self.mentions.overlapping(a, b):
                    self.mentions.add(Mention(a, b, actor.name, actor.id, "name"))

    def _upper_house_apposition(self, s: Sentence, i: int) -> bool:
        """Token i is the noun of "the upper house", "la camera alta", "la chambre haute"
        in apposition to the name before its comma ("the State Duma and the Federation
        Council, the upper house of parliament, had both approved"): the name's own, no
        other body called back (session 15)."""
        toks = s.tokens
        pair = next(((a, a + 1) for a in (i - 1, i) if 0 <= a and a + 1 < len(toks)
                     and (toks[a].fold, toks[a + 1].fold) in _UPPER_HOUSE_PAIRS), None)
        if pair is None:
            return False
        j = pair[0] - 1
        if j < 1 or toks[j].fold not in _ARTICLE_WORDS | self.r.articles or \
                "," not in self.text[toks[j - 1].end:toks[j].start]:
            return False
        before = next((m for m in self.mentions.within(s.start, toks[j].start)
                       if m.end == toks[j - 1].end), None)
        return before is not None and not before.agreement and \
            _kind(self, before.target) not in (None, "person", "state")

    @staticmethod
    def _name_head(words: list[str]) -> str | None:
        """The capitalised head of an organisation's name of four words or more that goes
        on with "of" and more capitalised words ("Joint Chiefs" of "Joint Chiefs of Staff",
        "Central Military Commission" of "Central Military Commission of the Workers'
        Party"), or None."""
        k = 0
        while k < len(words) and words[k][:1].isupper():
            k += 1
        if k < 2 or len(words) < 4 or k >= len(words) or words[k] not in ("of", "for"):
            return None
        if not any(w[:1].isupper() for w in words[k + 1:]):
            return None
        return " ".join(words[:k])

    # --- one sentence ---------------------------------------------------------------

    def _back_refs(self, s: Sentence) -> None:
        """ "the Alliance", "il ministero", "la chambre basse": the last actor named before
        of a kind the noun can name; "the two countries", "i due paesi": the two states of
        the last event told between two."""
        toks = s.tokens
        for i, t in enumerate(toks):
            kinds = self.r.org_refs.get(t.fold) or self.r.org_refs.get(t.lemma)
            if not kinds or self.mentions.at(t.start) is not None:
                continue
            j = i - 1
            if j > 0 and toks[j].text.islower() and len(toks[j].fold) > 3 and \
                    toks[j].fold not in _PREPOSITIONS | self.r.articles:
                j -= 1  # "the lower house"
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if j < 0 or toks[j].fold not in self.r.articles | _ARTICLE_WORDS or \
                    toks[j].fold in self.r.indefinite or (
                        nxt is not None and nxt.text[:1].isupper()
                        and self.text[t.end:nxt.start] == " "):
                continue  # "an alliance", "the Alliance for Peace"
            if self._upper_house_apposition(s, i):
                continue
            # the most salient first: a source that spoke, then a side of an event, then
            # any name ("the group" is the monitoring team that reported, not the UN panel
            # named in passing)
            ref = next((c.actor for c in reversed(self.sources)
                        if _kind(self, c.actor) in kinds), None) or next((
                            a for e in reversed(self.result.events) for a, _ in e.participants
                            if _kind(self, a) in kinds), None) or next((
                                m.target for m in reversed(self.mentions.within(
                                    max(0, toks[j].start - 3000), toks[j].start))
                                if not m.agreement and _kind(self, m.target) in kinds), None)
            if ref is not None:
                start = toks[j + 1].start
                self.mentions.add(Mention(start, t.end, self.text[start:t.end], ref, "alias"))
        self._delegation_refs(s)
        self._title_owners(s)
        self._title_refs(s)
        self._state_title_refs(s)
        self._bare_two(s)
        self._possessive_trips(s)
        self._pronoun_subjects(s)
        self._pronoun_objects(s)
        self._comitative_pronouns(s)
        self._state_pronoun_objects(s)
        self._other_side_refs(s)
        self._country_refs(s)
        self._north_refs(s)
        for i, t in enumerate(toks):
            if t.fold not in self.r.place_refs or i == 0 or self.mentions.at(t.start):
                continue
            # right after a verb of the rules ("travelled there"; not "there were"), the
            # last capital named after a preposition ("to Pyongyang"; not "Kremlin aide")
            place = next((m for m in reversed(self.mentions.within(
                self._sentence_starts(s, 1), t.start)) if m.kind == "capital"
                and m.start >= self.dateline_end and self._prev_fold(m.start) in
                self.r.to_patient | _LOCATIVE.get(self.b.language, set())), None)
            if place is not None and (toks[i - 1].fold in self._verbs
                                      or toks[i - 1].lemma in self._verbs):
                self.mentions.add(Mention(t.start, t.end, t.text, place.target, "capital"))
        for i in s.hits(self.r.pair_refs):
            n = next(len(p.split()) for p in self.r.pair_refs.phrases
                     if s.folded.count(" ", 0, s.folded.find(f" {p} ") + 1) - 1 == i)
            first, last = toks[i], toks[i + n - 1]
            if self.mentions.overlapping(first.start, last.end):
                continue
            # "accuses Pyongyang of supplying Moscow with shells, a charge both governments
            # deny": the last two states named before it in its own sentence
            # (not a place, "the war in Ukraine", nor a relative clause's names, "whose
            # members include Japan and South Korea")
            locative = {"in", "at", "en", "dans", "nel", "nella", "nei", "nelle", "negli"}
            rel = next((t.start for t in toks[1:] if t.fold in self.r.relatives and t.start <
                        first.start and "," in self.text[s.start:t.start][-3:]), None)
            closed = self.text.rfind(",", s.start, first.start)
            here = list(dict.fromkeys(
                st for m in self._mentions_in(max(s.start, self.dateline_end), first.start)
                if not m.agreement and m.kind != "pair"
                and (st := self._state_of(m.target)) is not None
                and _prev_word(s, _Candidate(m.target, m.start, m.end, m.kind)) not in locative
                and not (rel is not None and rel < m.start < closed)))
            pair = [here[-2], here[-1]] if len(here) >= 2 and "," in self.text[
                s.start:first.start] else next((states for e in reversed(self.result.events)
                         if e.type != EventType.STATEMENT
                         and len(states := list(dict.fromkeys(
                             st for a, _ in e.participants
                             if (st := self._state_of(a)) is not None))) == 2), None)
            if pair is None:
                continue
            self.mentions.add(Mention(first.start, first.end, first.text, pair[0], "pair"))
            self.mentions.add(Mention(last.start, last.end, last.text, pair[1], "pair"))
        self._people_pairs(s)

    def _titles_by_first(self) -> dict[str, list[tuple[str, list[str]]]]:
        """The titles by their first word, the longest first (built once per text)."""
        if self._title_index is None:
            index: dict[str, list[tuple[str, list[str]]]] = {}
            for k in sorted(self.r.titles, key=lambda k: -len(k.split())):
                parts = k.split()
                if parts:
                    index.setdefault(parts[0], []).append((k, parts))
            self._title_index = index
        return self._title_index

    def _title_refs(self, s: Sentence) -> None:
        """A title with its state's adjective after a definite article and no name ("the
        Ukrainian president", "le président ukrainien", "il presidente ucraino", "the North
        Korean leader") is the person of that state named before with that title: the one
        such person, or the one whose title the text gave (a person, not the state, accuses,
        appeals, speaks)."""
        toks = s.tokens
        by_first = self._titles_by_first()
        for i in range(1, len(toks)):
            key = next((k for k, parts in by_first.get(toks[i].fold, ())
                        if [t.fold for t in toks[i:i + len(parts)]] == parts), None)
            noun = key is None and toks[i].fold in _PERSON_NOUNS  # "the Russian diplomat"
            if noun:
                key = toks[i].fold
            if key is None:
                continue
            j = i + len(key.split())  # after the title
            if noun and key == "numero":
                if j >= len(toks) or toks[j].fold not in ("un", "uno"):
                    continue
                j += 1  # "le numéro un nord-coréen", "il numero uno nordcoreano"
            before = self.mentions.at(toks[i - 1].start)
            after = self.mentions.at(toks[j].start) if j < len(toks) else None
            state_m = before if before is not None and before.kind == "demonym" else (
                after if after is not None and after.kind == "demonym" else None)
            if state_m is None:
                self._seat_title_ref(s, i, j, key)
                continue
            if self._state_of(state_m.target) != state_m.target:
                continue
            art = i - 1 if state_m is after else s.token_at(state_m.start) - 1
            modifier = art > 0 and toks[art].fold in _REF_MODIFIERS | self.r.title_modifiers
            if modifier:
                art -= 1  # "the visiting North Korean minister"
            if art < 0 or toks[art].fold not in _ARTICLE_WORDS | self.r.articles - \
                    _INDEFINITE:
                continue
            end = state_m.end if state_m is after else toks[j - 1].end
            k = s.token_at(end - 1) + 1  # a name after it: a title before a name
            if k < len(toks) and toks[k].text[:1].isupper() and \
                    self.text[toks[k - 1].end:toks[k].start] == " ":
                continue
            if self._name_after_portfolio(s, k):
                continue  # "le ministre nord-coréen de la Défense No Kwang Chol"
            start = toks[art + 2 if modifier else art + 1].start
            if any(m is not state_m for m in self.mentions.within(start, end)):
                continue
            if art > 0 and self.text[toks[art - 1].end:toks[art].start].startswith(","):
                prev = self.mentions.at(toks[art - 1].start)
                if prev is not None and _kind(self, prev.target) == "person":
                    continue  # "Kim Jong Un, the North Korean leader, ...": an apposition
            role = self.r.titles.get(key)
            people = list(dict.fromkeys(
                m.target for m in self.mentions.within(self._sentence_starts(s, 6), start)
                if not m.agreement and (m.start, m.end) not in self._owners
                   and _kind(self, m.target) == "person"
                and self._state_of(m.target) == state_m.target))
            # the titles the text gave each ("Il presidente ucraino Volodymyr Zelensky"):
            # the same title or one of the same role; a person given none may be the one
            given = {p: self._titles_given(p, start, list(self.r.titles)) for p in people}
            same = [p for p in people if key in given[p] or role is not None and any(
                self.r.titles.get(g) == role for g in given[p])
                # "the Ukrainian minister" after "Ukrainian Foreign Minister Andrii Sybiha";
                # "il ministro russo" after "il capo della diplomazia russa Lavrov"
                or self._office_fits(key, given[p])]
            untitled = [p for p in people if not given[p]]
            who = same[-1] if same else (untitled[0] if len(untitled) == 1 else None)
            if who is None:
                self._title_adjs.add((state_m.start, state_m.end))
                continue
            self.mentions.remove(state_m)
            self.mentions.add(Mention(start, end, self.text[start:end], who, "alias"))
            self._title_ref_states[(start, end)] = (who, state_m.target)

    def _state_title_refs(self, s: Sentence) -> None:
        """A title of a state's office holder with no name after it ("Pyongyang's top
        diplomat", "Russia's foreign minister", "the North Korean foreign minister", "la
        ministra degli Esteri nordcoreana", "le chef de la diplomatie nord-coréenne") not
        read as anyone named before: the person of that state named before in the last three
        sentences whose office fits, else the one named in the next sentence (GUIDELINES,
        session 14: a title pointing to one office holder named in the next sentence)."""
        toks = s.tokens
        words = self.r.title_words | frozenset(_PERSON_NOUNS) | {"top"}
        for m in list(self.mentions.within(max(s.start, self.dateline_end), s.end)):
            body = _kind(self, m.target) == "government_body"  # "capo della diplomazia russa"
            if m.agreement or m.kind not in ("demonym", "capital", "name") and not body or \
                    self._state_of(m.target) is None or \
                    not body and self._state_of(m.target) != m.target:
                continue
            k, e = s.token_at(m.start), s.token_at(m.end - 1)
            poss = self.text[m.end:m.end + 2] in ("'s", "’s") or m.text.endswith(
                ("'s", "’s"))
            if poss or m.kind == "demonym" and self.b.language == "en":
                a = b = e + 1  # "Pyongyang's top diplomat", "the North Korean foreign minister"
                if poss and a < len(toks) and toks[a].fold == "s":
                    a = b = a + 1
                while b < len(toks) and toks[b].fold in words and toks[b].text.islower():
                    b += 1
                if b == a or not poss and (k == 0 or toks[k - 1].fold not in self.r.articles
                                           or toks[k - 1].fold in self.r.indefinite):
                    continue
                start, end = (toks[k - 1].start if not poss else m.start), toks[b - 1].end
                after = b
            elif m.kind == "demonym" or body:
                b = k  # "la ministra degli Esteri nordcoreana", "le chef de la diplomatie russe"
                while b > 0 and (toks[b - 1].fold in words or toks[b - 1].fold in _GENITIVE
                                 | _ARTICLE_WORDS or toks[b - 1].text[:1].isupper()
                                 and toks[b - 1].fold not in self.r.articles):
                    b -= 1
                while b < k and toks[b].fold not in words:
                    b += 1
                if b == k or b == 0 or toks[b - 1].fold not in self.r.articles | \
                        _ARTICLE_WORDS or toks[b - 1].fold in self.r.indefinite | _INDEFINITE:
                    continue
                start, end, after = toks[b - 1].start, m.end, e + 1
            else:
                continue
            if after < len(toks) and toks[after].text[:1].isupper() or \
                    self._name_after_portfolio(s, after) or \
                    any(x is not m for x in self.mentions.within(start, end)):
                continue  # a name follows: a title before a name
            art = s.token_at(start)
            if art > 0 and self.text[toks[art - 1].end:toks[art].start].startswith(","):
                prev = self.mentions.at(toks[art - 1].start)
                if prev is not None and _kind(self, prev.target) == "person":
                    continue  # "Kim Jong Un, the North Korean leader, ...": an apposition
            phrase = [t.fold for t in toks[s.token_at(start):s.token_at(end - 1) + 1]]
            joined = " " + " ".join(phrase) + " "
            key = max((t for t in self.r.titles if f" {t} " in joined),
                      key=lambda t: len(t.split()), default=None) or next(
                (w for w in phrase if w in _PERSON_NOUNS), None)
            if key is None:
                continue
            state = self._state_of(m.target)

            def fits(p: str, pos: int, state: str | None = state, key: str = key) -> bool:
                given = self._titles_given(p, pos, list(self.r.titles))
                return _kind(self, p) == "person" and self._state_of(p) == state and (
                    not given or self._office_fits(key, given))
            before = [x.target for x in reversed(self.mentions.within(
                self._sentence_starts(s, 3), start)) if not x.agreement and fits(x.target, start)]
            who = before[0] if before else None
            if who is None:
                i = bisect.bisect_right(self.sentence_starts, s.start)
                if i < len(self.sentence_starts):
                    lo = self.sentence_starts[i]
                    hi = self.sentence_starts[i + 1] if i + 1 < len(self.sentence_starts) \
                        else len(self.text)
                    who = next((x.target for x in self.mentions.within(lo, hi)
                                if not x.agreement and _kind(self, x.target) == "person"
                                and fits(x.target, hi)), None)
            if who is None:
                if not body:  # "Russia's foreign minister arrived": no side named
                    self._title_adjs.add((m.start, m.end))
                continue
            self.mentions.remove(m)
            self.mentions.add(Mention(start, end, self.text[start:end], who, "alias"))

    def _no_title_sides(self, events: list[FoundEvent],
                        cands: list[_Candidate]) -> list[FoundEvent]:
        """A state named only by the adjective of a title that refers back to no person
        named ("The Ukrainian president condemned the treaty", "Il ministro della Difesa
        sudcoreano ha definito...", "Le ministre sud-coréen a dénoncé") names no side of the
        sentence's events as a visitor, meeting participant, speaker, accuser, appellant or
        supporter (GUIDELINES, session 14: a title's adjective names no side; a person is
        never made up); a treaty's party, a sender or a supplier stays; an event left without
        its doer is none."""
        adj = {c.actor for c in cands if (c.start, c.end) in self._title_adjs}
        drop = adj - {c.actor for c in cands if (c.start, c.end) not in self._title_adjs}
        if not drop:
            return events
        # (the roles GUIDELINES names: "not a visitor, meeting participant, speaker, accuser,
        # appellant or supporter"; a sender of troops or a supplier stays)
        roles = {"visitor", "participant", "speaker", "accuser", "appellant", "supporter"}
        out: list[FoundEvent] = []
        for e in events:
            if not {a for a, r in e.participants if r in roles} & drop:
                out.append(e)
                continue
            doer = EVENT_ROLES[e.type][0]
            e.participants = [(a, r) for a, r in e.participants
                              if a not in drop or r not in roles]
            if any(r == doer for _, r in e.participants) and (
                    e.type != EventType.MEETING or len(e.participants) >= 2):
                out.append(e)
        return out

    @staticmethod
    def _feminine_ref(toks: list[Token], art: int, i: int) -> bool:
        """Whether a title after its article is a woman's ("la ministra", "la ministre",
        "la portavoce", "the spokeswoman")."""
        return toks[i].fold in _FEMININE or toks[art].fold == "la" and \
            toks[i].fold not in {"capo", "chef"}

    def _name_after_portfolio(self, s: Sentence, k: int) -> bool:
        """Whether a person's name follows token ``k`` after only the words of a portfolio
        ("de la Défense No Kwang Chol", "degli Esteri Choe", "for Foreign Affairs X")."""
        toks = s.tokens
        for g in range(k, min(len(toks), k + 6)):
            m = self.mentions.at(toks[g].start)
            if m is not None and not m.agreement and _kind(self, m.target) == "person":
                # (or a comma and the name: "Le ministre russe des Affaires étrangères,
                # Sergueï Lavrov, ...")
                return g > k or "," in self.text[toks[g - 1].end:toks[g].start]
            if "," in self.text[toks[g - 1].end:toks[g].start] and (
                    g + 1 >= len(toks) or not toks[g].text[:1].isupper()) or not (
                    toks[g].fold in _GENITIVE | _ARTICLE_WORDS | self.r.articles
                    or toks[g].text[:1].isupper() or toks[g].fold in self.r.title_words):
                return False
        return False

    def _seat_title_ref(self, s: Sentence, i: int, j: int, key: str) -> None:
        """A title after a definite article with no state's adjective and no name after
        it: the person named before that it refers back to.
        - the title of a state's seat or body ("le chef du Kremlin", "il capo del
          Cremlino", "the Kremlin chief", "il capo della diplomazia russa"): the last person
          of that state named before with that title (or one of its role), else with a
          leader's title for a leader's;
        - a bare title ("the spokesman", "il portavoce", "le porte-parole", "the minister"):
          the one person named before with that title among the last three sentences."""
        toks = s.tokens
        art = i - 1
        seat = self.mentions.at(toks[art].start) if art >= 0 else None
        if seat is not None and seat.kind == "capital" and seat.start == toks[art].start:
            art = s.token_at(seat.start) - 1  # "the Kremlin chief"
        else:
            seat = None
        if art < 0 or toks[art].fold not in _ARTICLE_WORDS | self.r.articles - _INDEFINITE \
                or not toks[i].text.islower():
            return
        end = toks[j - 1].end
        inner = self.mentions.within(toks[art + 1].start, end)
        over = self.mentions.at(toks[j - 1].start)
        if seat is None and over is not None and over.end > end and \
                _kind(self, over.target) == "government_body":
            # "il capo della diplomazia russa": a body named from inside the title on
            seat, end = over, over.end
        if seat is None and j < len(toks):
            g = j
            while g < len(toks) and (toks[g].fold in _GENITIVE | _ARTICLE_WORDS
                                     | self.r.articles) and g - j < 2:
                g += 1
            m = self.mentions.at(toks[g].start) if g < len(toks) and g > j else None
            if m is not None and m.start == toks[g].start and (
                    m.kind == "capital" or _kind(self, m.target) == "government_body"):
                seat, end = m, m.end  # "le chef du Kremlin", "il capo del Cremlino"
            elif toks[j].fold in _GENITIVE | {"for", "per", "pour"} or \
                    toks[j].text[:1].isupper() and self.text[toks[j - 1].end:toks[j].start] == " ":
                return  # "the spokesman for the Pentagon", "the minister Lavrov"
        if seat is None and inner and len(inner) == 1 and inner[0].end > toks[j - 1].start \
                and _kind(self, inner[0].target) == "government_body" and \
                self._state_of(inner[0].target) is not None:
            # "il capo della diplomazia russa": the body named inside the title
            seat, end = inner[0], max(inner[0].end, end)
        elif inner and (seat is None or any(m is not seat for m in inner)):
            return
        state = self._state_of(seat.target) if seat is not None else None
        if seat is not None and state is None:
            return
        start = toks[art + 1].start
        role = self.r.titles.get(key) or _PERSON_NOUNS.get(key)
        lo = self._sentence_starts(s, 3) if seat is None else max(0, start - 4000)
        people = list(dict.fromkeys(
            m.target for m in self.mentions.within(lo, start)
            if not m.agreement and (m.start, m.end) not in self._owners
               and _kind(self, m.target) == "person"
            and (state is None or self._state_of(m.target) == state)))
        given = {p: self._titles_given(p, start, list(self.r.titles)) for p in people}
        same = [p for p in people if key in given[p] or any(
            set(key.split()) <= set(g.split()) for g in given[p]) or seat is not None
            and role is not None and any(self.r.titles.get(g) == role for g in given[p])]
        if not same and seat is not None and role in ("LEADER_OF", "HEAD_OF_STATE_OF"):
            same = [p for p in people if any(self.r.titles.get(g) in (
                "LEADER_OF", "HEAD_OF_STATE_OF") for g in given[p])]
        if not same and seat is not None and role in ("LEADER_OF", "HEAD_OF_STATE_OF") and \
                not self._name_after_portfolio(s, s.token_at(end - 1) + 1):
            # "the Kremlin leader" after "Vladimir Putin" named with no title: the one person
            # of that state named with none (not "le porte-parole du Kremlin, Dmitri Peskov")
            untitled = [p for p in people if not given[p]]
            same = untitled if len(untitled) == 1 else []
        if not same and seat is None and role == "MINISTER_OF":
            # "Le ministre a également affirmé" after "Le chef de la diplomatie ukrainienne,
            # Andriï Sybiha": "the minister" is the one person of the last sentences given a
            # minister's title of any portfolio (none when two are)
            ministers = [p for p in people if any(
                (self.r.titles.get(g) or "").endswith("MINISTER_OF") for g in given[p])]
            same = ministers if len(ministers) == 1 else []
        if not same and seat is None and key not in _PERSON_NOUNS and \
                self._feminine_ref(toks, art, i):
            # "la ministra", "la ministre" with no one given that title: the one woman
            # named in the last two sentences given no title
            women = list(dict.fromkeys(
                m.target for m in self.mentions.within(self._sentence_starts(s, 2), start)
                if not m.agreement and (m.start, m.end) not in self._owners
                   and _kind(self, m.target) == "person"
                and self._gender(m.target) == "f"))
            same = women if len(women) == 1 and not given.get(women[0]) else []
        if not same or seat is None and len(set(same)) != 1:
            return
        if seat is not None:
            self.mentions.remove(seat)
        self.mentions.add(Mention(start, end, self.text[start:end], same[-1], "alias"))

    def _new_actor(self, actor_id: str, name: str, kind: str, cue: str, s: Sentence) -> None:
        """A new actor for the reviewer (once), unless the graph knows ``actor_id``."""
        if actor_id not in self.lexicon.actors:
            self.result.new_actors.setdefault(actor_id, NewActor(
                actor_id, name, kind, cue=cue, evidence=(s.start, s.end)))

    def _titles_given(self, person: str, before: int, titles: list[str]) -> set[str]:
        """The titles written right before a mention of ``person`` (before offset
        ``before``), with the state's adjective between or not ("Ukrainian President
        Volodymyr Zelensky", "il presidente ucraino Volodymyr Zelensky")."""
        out: set[str] = set()
        for m in self.mentions.within(0, before):
            if m.target != person or m.agreement or m.kind in ("object", "pronoun", "pair"):
                continue  # ("Il leader nordcoreano Kim Jong Un lo ha ricevuto": no title of
                # the guest's)
            words = fold_key(self.text[max(0, m.start - 60):m.start]).split()[-5:]
            tail = " " + " ".join(words) + " "
            out |= {k for k in titles if f" {k} " in tail}
        return out

    def _people_pairs(self, s: Sentence) -> None:
        """ "The two leaders", "i due ministri", "les deux hommes": the two people of the
        last event told between two people, else the last two people named (in this
        sentence or the two before it)."""
        toks = s.tokens
        for i in s.hits(self.r.people_pair_refs):
            n = next(len(p.split()) for p in self.r.people_pair_refs.phrases
                     if s.folded.count(" ", 0, s.folded.find(f" {p} ") + 1) - 1 == i)
            first, last = toks[i], toks[i + n - 1]
            if self.mentions.overlapping(first.start, last.end) or i == 0 or \
                    toks[i - 1].fold not in self.r.articles | _ARTICLE_WORDS:
                continue  # "these two men": the soldiers just told of, not two people named
            here = list(dict.fromkeys(m.target for m in self.mentions.within(s.start, first.start)
                                      if not m.agreement and (m.start, m.end) not in self._owners
                                         and _kind(self, m.target) == "person"))
            pair = here[-2:] if len(here) >= 2 else next((
                people for e in reversed(self.result.events)
                         if e.type != EventType.STATEMENT
                         and len(people := list(dict.fromkeys(
                             a for a, _ in e.participants if _kind(self, a) == "person"))) == 2),
                        None)
            if pair is None:
                named = list(dict.fromkeys(
                    m.target for m in reversed(self.mentions.within(
                        self._sentence_starts(s, 2), first.start))
                    if not m.agreement and (m.start, m.end) not in self._owners
                       and _kind(self, m.target) == "person"))
                pair = list(reversed(named[:2])) if len(named) >= 2 else None
            if pair is None:
                continue
            self.mentions.add(Mention(first.start, first.end, first.text, pair[0], "pair"))
            self.mentions.add(Mention(last.start, last.end, last.text, pair[1], "pair"))

    def _pronoun_objects(self, s: Sentence) -> None:
        """ "Putin received her", "Poutine l'a reçue", "Putin l'ha ricevuta": an object
        pronoun of a verb of the rules is a person named before (in this sentence or the one
        before it) who is not the verb's subject: the first such."""
        toks = s.tokens
        for i, t in enumerate(toks):
            if t.fold not in _PERSON_OBJECTS.get(self.b.language, ()) or \
                    self.mentions.at(t.start) is not None or s.quoted(t.start):
                continue
            if t.fold in ("him", "her"):
                verb = i - 1  # "received her"
                nxt = toks[i + 1] if i + 1 < len(toks) else None
                if t.fold == "her" and nxt is not None and not (
                        nxt.fold in _PREPOSITIONS | _AND | _ON | _COMPLEMENTIZERS
                        or self.text[t.end:nxt.start].strip()):
                    continue  # "met her Russian counterpart": a possessive
            else:
                verb = i + 1  # "l'a reçue", "l'ha ricevuta", "la riceve"
                while verb < len(toks) and toks[verb].fold in _AUXILIARIES:
                    verb += 1
                if verb == i + 1:
                    continue  # "l'agence", "la rencontre": an article; "l'a reçue" has its
                    # auxiliary
            # (English only: an Italian or French clitic stands before the verb, where the
            # subject is looked for)
            told = self._addressee_verbs() if self.b.language == "en" else frozenset()
            if not (0 <= verb < len(toks) and toks[verb].text.islower()
                    and (toks[verb].lemma in self._meeting_words
                         or toks[verb].fold in self._meeting_words
                         # "told her", "urged him to", "Le ha detto", "l'a exhortée", "lui a
                         # demandé": whom one speaks to, urges, thanks, accuses
                         or toks[verb].lemma in told or toks[verb].fold in told)):
                continue
            people = [m for m in self.mentions.within(self._sentence_starts(s, 1), t.start)
                      if not m.agreement and (m.start, m.end) not in self._owners
                         and _kind(self, m.target) == "person"]
            subject = people[-1].target if people else None  # the verb's own subject
            gender = _OBJECT_GENDER.get(t.fold)
            if t.fold == "l" and toks[verb].fold.endswith(("ata", "ee", "eue", "ite")):
                gender = "f"  # "l'ha esortata", "l'a exhortée"
            here = [m for m in people if m.start >= max(s.start, self.dateline_end)]
            last = s.token_at(here[-1].end - 1) if here else -1
            adjacent = 0 <= last < verb and all(
                x.fold in _AUXILIARIES | _ADVERBS | _CLITICS for x in toks[last + 1:verb]
                if x is not t)  # "Vladimir Putin received her": its subject right before
            if len({m.target for m in here}) >= 2 and not adjacent:
                # "Choe held talks with Lavrov and urged him": the sentence's first person
                # is the subject, the one other person of the pronoun's gender named in it
                # the object (none when two such are named)
                subject = here[0].target
                fits = {m.target for m in here if m.target != subject and (
                    gender is None or self._gender(m.target) in (None, gender))}
                if len(fits) != 1:
                    continue
                people = [m for m in here if m.target in fits]
            other = next((m for m in people if m.target != subject and (
                gender is None or self._gender(m.target) in (None, gender))), None)
            if other is not None:
                self.mentions.add(Mention(t.start, t.end, t.text, other.target, "object"))

    def _visit_of_person(self, s: Sentence, trig: int, ev: FoundEvent) -> None:
        """ "after the visit of Kim Jong Un to Russia", "dopo la visita di Kim Jong Un in
        Russia", "après la visite de Kim Jong Un en Russie", "a visit by Kim": the people
        named right after the trip's noun are its visitors, not the names of the clause
        before it."""
        toks = s.tokens
        if toks[trig].fold not in _TRAVEL_NOUNS or trig + 2 >= len(toks) or \
                toks[trig + 1].fold not in _GENITIVE | _BARE_BY | {"dell", "della", "del"}:
            return
        k = trig + 2
        if toks[k].fold in self.r.articles | _ARTICLE_WORDS and k + 1 < len(toks):
            k += 1
        m = self.mentions.at(toks[k].start)
        if m is None or _kind(self, m.target) != "person":
            return
        # (a title before the name: "la visita del leader russo", its own mention)
        named = {m.target}
        j = s.token_at(m.end - 1) + 1
        while j + 1 < len(toks) and toks[j].text.lower() in _AND and \
                (n := self.mentions.at(toks[j + 1].start)) is not None and \
                _kind(self, n.target) == "person":
            named.add(n.target)
            j = s.token_at(n.end - 1) + 1
        if any(a in named for a, r in ev.participants if r == "visitor"):
            ev.participants = [(a, r) for a, r in ev.participants
                               if r != "visitor" or a in named]

    def _comitative_pronouns(self, s: Sentence) -> None:
        """ "The Russian leader held talks with her", "Le président russe s'est entretenu avec
        elle", "Putin ha avuto colloqui con lei": a pronoun after "with" right after a word
        of meeting is the person named before (this sentence or the one before) who is not
        the meeting's subject, of the pronoun's gender (GUIDELINES, session 15: people
        referred back by a pronoun are the people named before)."""
        toks = s.tokens
        words = _COMITATIVE_PRONOUNS.get(self.b.language or "", {})
        for i, t in enumerate(toks):
            if i < 2 or t.text.lower() not in words or toks[i - 1].fold not in _COMITATIVE or \
                    self.mentions.at(t.start) is not None or s.quoted(t.start):
                continue
            if not any(toks[k].fold in self._meeting_words or toks[k].lemma in self._meeting_words
                       for k in range(max(0, i - 4), i - 1)):
                continue
            gender = words[t.text.lower()]
            here = [m for m in self.mentions.within(max(s.start, self.dateline_end), t.start)
                    if not m.agreement and _kind(self, m.target) == "person"
                    and (m.start, m.end) not in self._owners]
            subject = here[-1].target if here else None
            before = [m for m in self.mentions.within(self._sentence_starts(s, 1), t.start)
                      if not m.agreement and _kind(self, m.target) == "person"
                      and (m.start, m.end) not in self._owners and m.target != subject
                      and self._gender(m.target) in (None, gender)]
            if len({m.target for m in before}) == 1:
                self.mentions.add(Mention(t.start, t.end, t.text, before[-1].target, "object"))

    def _state_pronoun_objects(self, s: Sentence) -> None:
        """ "said Pyongyang had committed a war crime, and urged it to withdraw", "... between
        Moscow and Pyongyang and urged both to halt": the object of a verb of urging or
        accusing, "it" (one) or "both", "them" (two), with what they are urged to do after
        it, is the state or body named first after the verb's subject (the first two; the
        subject is the sentence's first name): "accused China of helping Russia and urged it
        to stop" urges China; English (session 15)."""
        if self.b.language != "en":
            return
        toks = s.tokens
        urge: frozenset[str] | None = None
        for i, t in enumerate(toks):
            if t.fold not in ("it", "both", "them") or i == 0 or i + 1 >= len(toks) or \
                    self.mentions.at(t.start) is not None or s.quoted(t.start):
                continue
            if urge is None:  # (built only for a sentence with such a pronoun)
                urge = frozenset({w for rule in self.r.events if rule.type in (
                    EventType.APPEAL, EventType.ACCUSATION) for w in rule.words.words}
                    - _PREPOSITIONS - {"to", "with"})
            verb = toks[i - 1]
            phrase = False
            if verb.fold in ("on", "upon", "to") and i > 1 and t.fold != "it":
                # "called on them to", "appealed to both to"
                phrase = f"{toks[i - 2].fold} {verb.fold}" in {
                    " ".join(p) if isinstance(p, tuple) else p for rule in self.r.events
                    if rule.type in (EventType.APPEAL, EventType.ACCUSATION)
                    for p in rule.words.phrases} or toks[i - 2].lemma in urge
                verb = toks[i - 2]
            if not (phrase or verb.fold in urge or verb.lemma in urge) or \
                    not verb.text.islower() or \
                    toks[i + 1].fold not in ("to", "not", "of", "for"):
                continue
            named = [m for m in self.mentions.within(max(s.start, self.dateline_end), t.start)
                     if not m.agreement and (m.start, m.end) not in self._owners
                     and _kind(self, m.target) in ("state", "government_body", "organization",
                                                    "alliance")]
            if len(named) < 2:
                continue
            subject = named[0].target
            others = list(dict.fromkeys(m.target for m in named[1:] if m.target != subject
                                        and self._state_of(m.target) != subject))
            want = 1 if t.fold == "it" else 2
            if len(others) < want:
                continue
            for target in others[:want]:
                self.mentions.add(Mention(t.start, t.end, t.text, target, "object"))

    def _title_owners(self, s: Sentence) -> None:
        """ "Putin's top diplomat, Sergey Lavrov,", "Kim Jong Un's sister, Kim Yo Jong", "il
        portavoce di Putin, Dmitry Peskov", "le bras droit de Vladimir Poutine, Dmitri
        Peskov": a person who owns the title (or kinship) of another person named right
        after it is no side of what that person does, and no one a pronoun refers back to
        (the person in apposition acts)."""
        toks = s.tokens
        for m in self.mentions.within(s.start, s.end):
            if m.agreement or _kind(self, m.target) != "person" or \
                    (m.start, m.end) in self._owners:
                continue
            nouns = self.r.title_words | _OWNED_PERSON_NOUNS | set(_PERSON_NOUNS)
            if self.b.language == "en":
                own = re.match(r"['’]s ((?:[A-Za-z-]+ ){0,3}[A-Za-z-]+),? ", self.text[m.end:])
                if own is None or fold_key(own.group(1)).split()[-1] not in nouns or any(
                        w[:1].isupper() and fold_key(w) not in self.r.title_words
                        for w in own.group(1).split()):
                    continue
                named = self.mentions.at(m.end + own.end())
            else:
                k = s.token_at(m.start)
                j = k - 1
                while j > 0 and toks[j].fold in self.r.title_words and toks[j].text.islower():
                    j -= 1  # "del presidente Putin"
                if j < 1 or toks[j].fold not in _OWNER_PREPS or \
                        toks[j - 1].fold not in nouns or not (
                            toks[j - 1].text.islower()
                            or toks[j - 1].fold in self.r.title_words):
                    continue  # ("il ministro degli Esteri di Kim Jong Un, Choe Son Hui")
                after = re.match(r",? ", self.text[m.end:])
                named = self.mentions.at(m.end + after.end()) if after else None
            if named is None or named.agreement or named.target == m.target or \
                    _kind(self, named.target) != "person":
                continue
            self._owners.add((m.start, m.end))
            self.consumed.add((m.start, m.end))

    def _clitic_addressee(self, s: Sentence, verb: int, doers: set[str]) -> str | None:
        """ "Le ha chiesto di ritirare", "Gli ha detto che", "Il l'a exhortée à", "Elle lui a
        demandé de": an Italian or French object clitic before a verb of urging, telling,
        thanking or accusing (its auxiliary between) is the one acted on: the person named
        nearest before it (in its sentence, else in the one before) who is not the doer, of
        the clitic's gender. "" when the clitic is there but no one such, or two equally
        near, fits (whom it is said to is then unknown; a name after the verb is in what
        is asked); None with no such clitic. Read for that slot only: the clitic is no
        mention, so the subject is still sought where it was."""
        lang = self.b.language
        if lang not in _DATIVE_PERSON or not doers or verb <= 0:
            return None
        toks = s.tokens
        k = verb - 1
        while k > 0 and (toks[k].fold in _AUXILIARIES or toks[k].fold in _ADVERBS
                         and toks[k].fold != "de"):
            k -= 1
        c = toks[k]
        if k == verb - 1 and c.fold not in ("gli", "lui") or \
                self.text[c.end:toks[k + 1].start].strip(" '’"):
            return None  # "L'appel lancé", "Le accuse di Kiev": an article before a noun;
            # "Poutine, lui, a demandé": no clitic
        here = self.mentions.at(c.start)
        if c.text[:1].isupper() and k > 0 or s.quoted(c.start) or \
                here is not None and here.kind != "object":
            return None
        gender: str | None
        if c.fold in _DATIVE_PERSON[lang]:
            gender = _DATIVE_PERSON[lang][c.fold]
        elif c.fold in _DIRECT_PERSON[lang] and \
                toks[verb].fold.startswith(_PERSON_OBJECT_STEMS):
            gender = _DIRECT_PERSON[lang][c.fold]
            if toks[verb].fold.endswith(("ata", "ee", "ite", "ise")):
                gender = "f"  # "l'ha esortata", "l'a exhortée"
        else:
            return None
        if k > 0 and toks[k - 1].fold in _PREPOSITIONS | self.r.articles and \
                c.fold not in ("gli", "lui"):
            return None  # "a la", "de la": an article
        if here is not None:
            return here.target  # resolved before ("l'a reçue")
        for lo, hi in ((s.start, c.start), (self._sentence_starts(s, 1), s.start)):
            people = list(dict.fromkeys(
                m.target for m in self.mentions.within(lo, hi)
                if not m.agreement and (m.start, m.end) not in self._owners
                and _kind(self, m.target) == "person" and m.target not in doers
                and (gender is None or self._gender(m.target) in (None, gender))))
            if len(people) == 1:
                return people[0]
            if people:
                return ""  # two people equally near: none
        return ""

    def _addressee_verbs(self) -> frozenset[str]:
        """The verbs whose object pronoun is a person spoken to, urged, thanked or accused
        ("told her", "urged him", "ha esortato", "a remercié")."""
        if self._told_words is None:
            self._told_words = frozenset(
                {w for rule in self.r.events if rule.type in (
                    EventType.APPEAL, EventType.ACCUSATION) for w in rule.words.words}
                | self.r.spoken_to | self.r.stance.words | self.r.report.words) - \
                _PREPOSITIONS - {"to", "with", "a", "con", "avec", "di", "de"}
        return self._told_words

    def _pronoun_subjects(self, s: Sentence) -> None:
        """ "He said", "she added", "Il a ajouté": a subject pronoun at the start of a clause,
        before a verb of saying or of an event, is the last person named before (in this
        sentence or the two before it)."""
        toks = s.tokens
        # (Italian clitics before the auxiliary too: "Le ha detto", "L'ha esortata")
        skip = _ADVERBS | _OPENING_ADVERBS | (_CLITICS if self.b.language == "it" else set())
        first = next((k for k, x in enumerate(toks) if x.start >= self.dateline_end
                      and x.fold not in skip), None)
        for i, t in enumerate(toks):
            # an Italian subject left unsaid: "Ha poi espresso pieno sostegno alla Russia",
            # "Ha esortato la Cina a...": the auxiliary opening the sentence stands for it
            unsaid = self.b.language == "it" and t.fold in _IT_AUX_3RD | {"e", "era"} and (
                i == first and t.fold in _IT_AUX_3RD or self._it_unsaid_opening(s, i)
                or i == first and self._it_received_opening(s, i))
            if self.b.language == "it" and t.fold in ("hanno", "avevano") and (
                    i == first or self._it_unsaid_opening(s, i)) and \
                    self.mentions.at(t.start) is None and i + 1 < len(toks) and \
                    toks[i + 1].text.islower():
                # "Hanno poi firmato il trattato": a plural subject left unsaid, the two
                # people of the last talks told
                pair = self._pair_before(s)
                if pair is not None:
                    self.mentions.add(Mention(t.start, t.start + 1, t.text, pair[0], "pair"))
                    self.mentions.add(Mention(t.start + 1, t.end, t.text, pair[1], "pair"))
                continue
            # (a French strong pronoun joined to a name signs too: "où lui et Kim ont signé")
            signs = i > 0 and (t.fold in self.r.subject_pronouns or self.b.language == "fr"
                               and t.fold in ("lui", "elle") and i + 1 < len(toks)
                               and toks[i + 1].fold in _AND) and self._pronoun_signs(s, i)
            if (t.fold not in self.r.subject_pronouns and not unsaid and not signs) or \
                    self.mentions.at(t.start) is not None or s.quoted(t.start):
                continue
            gap = self.text[toks[i - 1].end:t.start] if i else ""
            if i and "," not in gap and toks[i - 1].fold not in _AND | self.r.clause_breaks \
                    and not unsaid and not self._time_opening(s, i) and not signs:
                continue  # "whom he urged" is read with its relative ("On Tuesday she": a
                # time phrase opening the sentence)
            v = i + 1
            # (a reflexive clitic too: "Elle s'est entretenue avec Lavrov")
            while v < len(toks) and v - i <= 3 and (
                    toks[v].fold in _AUXILIARIES | _PASSIVE_AUX | _ADVERBS | _REFLEXIVE | _CLITICS
                    or toks[v].fold in self.r.negation.words
                    or self.b.language == "fr" and toks[v].fold in ("lui", "leur")):
                v += 1  # ("Il s'est entretenu avec", "Elle l'a reçu")
            # "he"/"she" is a person whatever the verb; "il"/"elle" may be impersonal ("il
            # y a") or a thing's: only before a verb of the rules
            if not signs and (v >= len(toks) or not toks[v].text.islower() or not (
                    t.fold in _PERSONAL and not unsaid or toks[v].fold in self._verbs
                    or unsaid and toks[v].fold.isalpha()
                    or toks[v].lemma in self._verbs
                    # "Elle a assuré", "Il avait reçu": a pronoun before an auxiliary and a
                    # participle stands for a person or a thing named before; a person only
                    # when the last one named fits its gender (below)
                    or self.b.language == "fr" and v > i + 1 and not unsaid
                    and toks[v - 1].fold in _AUXILIARIES | _PASSIVE_AUX
                    and toks[v].fold.endswith(("e", "es", "i", "is", "it", "u", "us", "t",
                                               "ee", "ees")))):
                continue
            if t.fold in _PLURAL_PRONOUNS:
                # "They signed", "Ils ont signé": the two people of the last talks told in
                # the sentence before (a plural is never one person)
                pair = self._pair_before(s)
                if pair is not None and len(t.text) > 1:
                    self.mentions.add(Mention(t.start, t.start + 1, t.text, pair[0], "pair"))
                    self.mentions.add(Mention(t.start + 1, t.end, t.text, pair[1], "pair"))
                continue
            # the subject of the last sentence that names someone: its first person (of the
            # pronoun's gender: "Lei" after "Lavrov ... con Choe" is Choe)
            # (not whom the subject met in an adjunct opening the sentence: "After talks
            # with Kim, he left", "Durante i colloqui con Choe, lui ha...")
            others = {m.target for m in self.mentions.within(
                max(s.start, self.dateline_end), t.start)
                if self._prev_fold(m.start) in _COMITATIVE}
            person = self._antecedent(s, t.start, _PRONOUN_GENDER.get(t.fold) if not unsaid
                                      else None, others)
            if person is not None:
                self.mentions.add(Mention(t.start, t.end, t.text, person, "pronoun"))

    def _pronoun_signs(self, s: Sentence, i: int) -> bool:
        """The subject pronoun at token i opens a subordinate clause ("after", "when",
        "where", "après que", "lorsque", "dopo che", "quando", "dove") whose verb, past a
        name joined by "and", is a milestone's ("four months after he and Kim Jong Un signed
        the pact", "lorsqu'il a signé le traité", "quando lui e Kim hanno firmato il
        trattato"): a signer of the treaty named before (session 15; limited to milestones,
        other events keep the pronoun's clause unread)."""
        toks = s.tokens
        prev = toks[i - 1].fold
        if not (prev in self.r.subordinators or prev in _WHERE_OPENERS or
                prev in ("que", "qu", "che", "lorsqu", "puisqu") and i > 1 and (
                    toks[i - 2].fold in self.r.subordinators
                    or f"{toks[i - 2].fold} {prev}" in self.r.subordinators)):
            return False
        j = i + 1
        if j < len(toks) and toks[j].fold in _AND:
            j += 1  # "he and North Korean leader Kim Jong Un"
            while j < len(toks) and j - i <= 9 and (
                    self.mentions.at(toks[j].start) is not None
                    or toks[j].text[:1].isupper() or toks[j].fold in self.r.title_words
                    or toks[j].fold in self.r.articles | _ARTICLE_WORDS):
                j += 1
        while j < len(toks) and toks[j].fold in _AUXILIARIES | _ADVERBS | _CLITICS:
            j += 1
        if j >= len(toks) or not toks[j].text.islower():
            return False
        return any(toks[j].fold in rule.words.words or toks[j].lemma in rule.words.words
                   for rule in self.r.events if rule.type in MILESTONES)

    def _possessive_trips(self, s: Sentence) -> None:
        """ "Her visit to Moscow", "la sua visita a Mosca", "sa visite à Moscou", "his trip to
        Pyongyang": the possessive is the person who travels, the one named before (of its
        gender in English), and the first person of the sentence when one stands before it
        ("Choe, on her first visit to Russia")."""
        toks = s.tokens
        for i in range(len(toks) - 2):
            t = toks[i]
            if t.fold not in _POSSESSIVE_OF.get(self.b.language, frozenset()) or \
                    self.mentions.at(t.start) is not None or s.quoted(t.start):
                continue
            n = i + 1
            while n < len(toks) and n - i <= 3 and toks[n].fold not in _TRIP_NOUNS and \
                    toks[n].text.islower() and toks[n].fold not in _GENITIVE | _AND:
                n += 1  # "her first official visit"
            if n >= len(toks) - 1 or toks[n].fold not in _TRIP_NOUNS or \
                    toks[n + 1].fold not in self.r.to_patient | {"a", "in", "al", "alla",
                                                                  "à", "au", "en", "aux"}:
                continue
            gender = {"his": "m", "her": "f"}.get(t.fold)
            here = [m for m in self.mentions.within(max(s.start, self.dateline_end), t.start)
                    if not m.agreement and (m.start, m.end) not in self._owners
                       and _kind(self, m.target) == "person"
                    and (gender is None or self._gender(m.target) in (None, gender))]
            who = here[0].target if here else self._antecedent(s, t.start, gender)
            who = self._traveller(s, n + 1, list(dict.fromkeys(m.target for m in here)), who)
            if who is not None and not any(
                    e.type == EventType.VISIT and (who, "visitor") in e.participants
                    for e in self.result.events):
                # (a trip of the person told before is that visit: "Lors de son séjour à
                # Pyongyang" after "a achevé une visite en Corée du Nord")
                self.mentions.add(Mention(t.start, t.end, t.text, who, "pronoun"))

    def _traveller(self, s: Sentence, to: int, people: list[str],
                   who: str | None) -> str | None:
        """Whose trip "his visit to X" is when the sentence names two people or more ("Kim
        met Lavrov during his visit to North Korea"): the one whose trip was told before,
        else the one not at home (of a known state other than the place's); none when that
        leaves no one or two. A person is never a visitor of his own state."""
        place = next((m for m in self.mentions.within(s.tokens[to].start, s.end)
                      if not m.agreement and _kind(self, m.target) not in (None, "person")),
                     None)
        host = self._state_of(place.target) if place is not None else None
        if host is None:
            return who
        if len(people) >= 2:
            told = [p for p in people if any(
                e.type == EventType.VISIT and (p, "visitor") in e.participants
                for e in self.result.events)]
            away = [p for p in people if self._state_of(p) not in (None, host)]
            return told[0] if len(told) == 1 else away[0] if len(away) == 1 else None
        return None if who is not None and self._state_of(who) == host else who

    def _bare_two(self, s: Sentence) -> None:
        """ "The two signed", "I due hanno firmato", "Les deux ont signé": "two" after a
        definite article and before a verb (no noun after it) is the two people of the last
        talks told in the sentence before."""
        toks = s.tokens
        for i in range(1, len(toks) - 1):
            if toks[i].fold not in ("two", "due", "deux") or \
                    toks[i - 1].fold not in self.r.articles | _ARTICLE_WORDS or \
                    toks[i - 1].fold in _INDEFINITE or \
                    self.mentions.overlapping(toks[i - 1].start, toks[i].end):
                continue
            v = i + 1
            while v < len(toks) and toks[v].fold in _ADVERBS | _CLITICS | _REFLEXIVE:
                v += 1
            if v >= len(toks) or not toks[v].text.islower() or not (
                    toks[v].fold in self._verbs or toks[v].lemma in self._verbs
                    or toks[v].fold in _AUXILIARIES | self.r.past_auxiliaries
                    or toks[v].fold in ("hanno", "avevano", "ont", "avaient")):
                continue
            pair = self._pair_before(s)
            if pair is not None:
                a, b = toks[i - 1], toks[i]
                self.mentions.add(Mention(a.start, a.end, a.text, pair[0], "pair"))
                self.mentions.add(Mention(b.start, b.end, b.text, pair[1], "pair"))

    def _pair_before(self, s: Sentence) -> tuple[str, str] | None:
        """The two people of the last event between two people told in the sentence before
        (a meeting, a signing...), or None."""
        prev = self._sentence_starts(s, 1)
        for e in reversed(self.result.events):
            if e.sentence[0] < prev:
                break
            people = list(dict.fromkeys(a for a, _ in e.participants
                                        if _kind(self, a) == "person"))
            if e.type != EventType.STATEMENT and len(people) == 2:
                return people[0], people[1]
        return None

    def _opening_person(self, s: Sentence, i: int) -> str | None:
        """The person named first in the sentence, before token ``i``, when that name opens
        the sentence (its subject: only a time phrase before it); else None."""
        toks = s.tokens
        opening = [m for m in self.mentions.within(max(s.start, self.dateline_end),
                                                   toks[i].start) if not m.agreement]
        if not opening or _kind(self, opening[0].target) != "person":
            return None
        head = s.token_at(opening[0].start)
        if any(t.fold not in _TIME_OPENERS | _IT_TIME_WORDS and not t.fold.isdigit()
               and t.start >= self.dateline_end for t in toks[:head]):
            return None  # the first name is not the subject ("Secondo Kim, ...")
        return opening[0].target

    def _antecedent(self, s: Sentence, pos: int, gender: str | None = None,
                    others: set[str] | frozenset[str] = frozenset()) -> str | None:
        """The person a subject pronoun or an unsaid subject at ``pos`` refers back to: the
        first person of the last sentence (this one up to ``pos`` or the two before it) that
        names one of a gender that fits (a person whose gender is unknown fits any), not one
        of ``others`` named in this sentence (whom the subject met)."""
        people = [m for m in self.mentions.within(self._sentence_starts(s, 2), pos)
                  if not m.agreement and (m.start, m.end) not in self._owners
                     and _kind(self, m.target) == "person"
                  and m.target not in others
                  and (m.start, m.end) not in self._owners
                  and (gender is None or self._gender(m.target) in (None, gender))]
        if not people:
            return None
        here = self.mentions.within(max(s.start, self.dateline_end), pos)
        if people[-1].start < s.start and not here:
            # the sentence before names no person but a state or a body that acts ("La
            # Corée du Nord a envoyé des soldats. Elle a aussi livré des obus"): the pronoun
            # is its subject, no person named further back
            prev = self.mentions.within(max(self._sentence_starts(s, 1), self.dateline_end),
                                        s.start)
            if prev and prev[0].start > people[-1].start and not prev[0].agreement and \
                    _kind(self, prev[0].target) in ("state", "government_body", "media",
                                                    "organization", "alliance", "group"):
                return None
        last = bisect.bisect_right(self.sentence_starts, people[-1].start) - 1
        return next(m.target for m in people if m.start >= self.sentence_starts[last])

    def _gender(self, person: str) -> str | None:
        """A person's gender ("f", "m") from ``data/people.tsv``, else from the words
        right before the person's names in the text ("la ministra", "sa homologue
        nord-coréenne", "Ms."), else None."""
        if person in self._genders:
            return self._genders[person]
        info = self.lexicon.actors.get(person)
        new = self.result.new_actors.get(person)
        name = info.name if info is not None else new.name if new is not None else ""
        gender = known_person(name)[1] if name else None
        if gender is None:
            votes = {"f": 0, "m": 0}
            for m in self.mentions.within(0, len(self.text)):
                if m.target != person or m.agreement:
                    continue
                words = fold_key(self.text[max(0, m.start - 60):m.start]).split()[-5:]
                for w in reversed(words):
                    if w in _FEMININE or w.endswith("enne") or w == "la":
                        votes["f"] += 1
                        break
                    if w in _MASCULINE or w in ("il", "le", "lo", "m"):
                        votes["m"] += 1
                        break
            gender = "f" if votes["f"] > votes["m"] else "m" if votes["m"] > votes["f"] \
                else None
        self._genders[person] = gender
        return gender

    def _time_opening(self, s: Sentence, i: int) -> bool:
        """Whether only a time phrase stands before token ``i`` in its sentence ("On Tuesday
        she", "Later that day he", "Mardi, elle", "Il giorno dopo lui")."""
        before = [t for t in s.tokens[:i] if t.start >= self.dateline_end]
        return bool(before) and all(
            t.fold in _TIME_OPENERS or t.fold in _IT_TIME_WORDS or t.fold.isdigit()
            for t in before) and not self.mentions.within(before[0].start, s.tokens[i].start)

    def _it_unsaid_opening(self, s: Sentence, i: int) -> bool:
        """An Italian auxiliary of the third person after only a time phrase ("Poche ore
        dopo è stato ricevuto da Kim", "Sabato ha poi incontrato"): its subject is unsaid."""
        toks = s.tokens
        if i == 0 or toks[i].start < self.dateline_end:
            return False
        if toks[i].fold in ("e", "era") and not (
                i + 1 < len(toks) and toks[i + 1].fold in ("stato", "stata", "giunto",
                                                           "giunta", "arrivato", "arrivata",
                                                           "partito", "partita", "tornato",
                                                           "tornata", "andato", "andata",
                                                           "rientrato", "rientrata")):
            return False
        before = [t for t in toks[:i] if t.start >= self.dateline_end]
        if before and before[0].fold in ("secondo", "stando"):
            # "Secondo la Tass, ha anche espresso...": the source's phrase, then its comma
            comma = self.text.rfind(",", before[0].start, toks[i].start)
            if comma < 0:
                return False
            before = [t for t in before if t.start > comma]
            if not before:
                return True
        return bool(before) and all(
            t.fold in _IT_TIME_WORDS or t.fold.isdigit() for t in before) and \
            not self.mentions.within(before[0].start, toks[i].start)

    def _it_received_opening(self, s: Sentence, i: int) -> bool:
        """ "È stato ricevuto da Kim", "Era stata accolta all'aeroporto dal ministro": an
        Italian passive of receiving or greeting opening the sentence, its subject (the
        guest) left unsaid (a thing received is told after the verb: "È stato ricevuto il
        testo" has a noun after the participle, not a preposition)."""
        toks = s.tokens
        if i + 3 >= len(toks) or toks[i + 1].fold not in ("stato", "stata") or \
                toks[i + 2].fold not in _IT_RECEIVED:
            return False
        nxt = toks[i + 3]
        return nxt.fold in _BY_AGENT | {"a", "al", "alla", "all", "nel", "nella", "in",
                                        "poi", "anche", "ieri", "oggi", "sabato", "domenica",
                                        "lunedi", "martedi", "mercoledi", "giovedi",
                                        "venerdi", "con", "dopo", "durante"}

    def _country_refs(self, s: Sentence) -> None:
        """ "his first visit to the country in 24 years", "la prima visita del leader russo
        nel Paese", "sa première visite dans le pays": "the country" after a word of a trip
        and a preposition of place is the state of the last place named before it after a
        preposition of place (this sentence or the one before): "a Pyongyang, quando ...
        nel Paese" is North Korea (GUIDELINES, session 15: what is referred back is what was
        named before)."""
        toks = s.tokens
        heads = _COUNTRY_WORDS.get(self.b.language or "", frozenset())
        place_preps = _COUNTRY_PREPS.get(self.b.language or "", frozenset())
        for i, t in enumerate(toks):
            if t.fold not in heads or i < 2 or self.mentions.at(t.start) is not None or \
                    s.quoted(t.start) or i + 1 < len(toks) and toks[i + 1].fold in _GENITIVE:
                continue  # ("the country's leader": whose, "il Paese di Kim": named after)
            k = i - 1
            if toks[k].fold in ("the", "le", "il", "l"):
                k -= 1
            if toks[k].fold not in place_preps:
                continue
            if not any(toks[j].fold in _TRAVEL_NOUNS or toks[j].fold in self._visit_words()
                       or toks[j].lemma in self._visit_words()
                       for j in range(max(0, k - 8), k)):
                continue  # only a trip's destination ("visit to the country")
            lo = max(self._sentence_starts(s, 1), self.dateline_end)
            place = next((m for m in reversed(self.mentions.within(lo, t.start))
                          if not m.agreement and m.kind in ("capital", "name")
                          and _kind(self, m.target) == "state"
                          and self._prev_fold(m.start) in self.r.to_patient
                          | _LOCATIVE.get(self.b.language or "", set()) | place_preps), None)
            if place is not None:
                self.mentions.add(Mention(t.start, t.end, t.text, place.target, "capital"))

    def _north_refs(self, s: Sentence) -> None:
        """ "the North", "il Nord", "nel Nord", "le Nord", "au Nord": in an article that
        names North or South Korea, the capitalised word of the north after an article or a
        preposition with its article is North Korea (GUIDELINES, session 15: "the North"
        is North Korea). Not a compass point ("the north of Ukraine": lower case), not a
        longer name ("the North Atlantic alliance", "Nord Stream"), not a word of a name
        already found ("Corée du Nord")."""
        words = _NORTH_WORDS.get(self.b.language or "")
        if not words or self._korea_named is False:
            return
        if self._korea_named is None:
            self._korea_named = any(m.target in (_NORTH_KOREA, "south-korea")
                                    for m in self.mentions)
            if not self._korea_named:
                return
        toks = s.tokens
        word, before = words
        for i, t in enumerate(toks):
            if t.text != word or i == 0 or toks[i - 1].fold not in before or \
                    self.mentions.at(t.start) is not None:
                continue
            nxt = toks[i + 1] if i + 1 < len(toks) else None
            if self.text[t.end:t.end + 1] in ("-", "'", "’") or nxt is not None and \
                    nxt.text[:1].isupper() and self.text[t.end:nxt.start] == " ":
                continue
            if _NORTH_KOREA in self.lexicon.actors:
                self.mentions.add(Mention(t.start, t.end, t.text, _NORTH_KOREA, "alias"))

    def _visit_words(self) -> frozenset[str]:
        """The one-word words of the rules of trips ("visited", "arrivato", "séjour")."""
        if self._visit_word_set is None:
            self._visit_word_set = frozenset(
                w for rule in self.r.events if rule.type == EventType.VISIT
                for w in rule.words.words if " " not in w)
        return self._visit_word_set

    def _other_side_refs(self, s: Sentence) -> None:
        """A possessive and a noun of the other side of talks, no name after it ("her Russian
        counterpart", "il suo omologo", "son homologue", "his host", "son hôte"): the person
        of the other side. Whose it is: the sentence's first person before it, else the
        first person of the sentence before. A counterpart is the one told as such before
        ("Lavrov received his counterpart Choe ... Son homologue": Lavrov), else the other
        side of the last talks told with that person, else the last person of the
        adjective's state (or of another state than the possessor's) whose office fits; a
        host or guest is the other side of the last talks told."""
        toks = s.tokens
        poss_words = _POSSESSIVE_OF.get(self.b.language, frozenset())
        for i, t in enumerate(toks):
            counterpart = t.fold in _COUNTERPART_NOUNS
            if not (counterpart or t.fold in _HOST_NOUNS) or i == 0 or s.quoted(t.start):
                continue
            p = i - 1
            adj = None
            m = self.mentions.at(toks[p].start)
            if m is not None and m.kind == "demonym" and p > 0:
                adj, p = m, s.token_at(m.start) - 1  # "her Russian counterpart"
            if p < 0 or toks[p].fold not in poss_words:
                continue
            end = t.end
            if adj is None and i + 1 < len(toks):
                m = self.mentions.at(toks[i + 1].start)
                if m is not None and m.kind == "demonym" and \
                        self.text[t.end:m.start] == " ":
                    adj, end = m, m.end  # "il suo omologo russo", "son homologue russe"
            mine = self.mentions.at(t.start)
            if mine is not None:
                continue
            start = toks[p].start
            here = [m for m in self.mentions.within(s.start, start) if not m.agreement
                    and _kind(self, m.target) == "person"]
            owner = here[0].target if here else self._antecedent(s, s.start)
            if owner is None:
                continue
            after = re.match(r"[ ,]{1,2}(?=[A-Z])", self.text[end:end + 3])
            if after is None and (
                    far := re.match(r" (?:in|from|a|da|di|à|de|en) [A-Z][\w-]*(?: [A-Z][\w-]*)?, "
                                    r"(?=[A-Z])", self.text[end:end + 40])) is not None and \
                    (named := self.mentions.at(end + far.end())) is not None and \
                    _kind(self, named.target) == "person":
                continue  # "his counterpart in Beijing, Wang Yi": the name after the place
            if after is not None:
                # a name follows: "received his counterpart Choe", "his counterpart, No
                # Kwang Chol" (the name is the person, told as the owner's counterpart)
                named = next((m for m in self.mentions.within(end, end + 30)
                              if not m.agreement), None)
                if counterpart and named is not None and named.target != owner and \
                        _kind(self, named.target) == "person":
                    # "received his counterpart Choe", "his counterpart, No Kwang Chol"
                    self._counterparts[owner] = named.target
                    self._counterparts[named.target] = owner
                continue
            state = self._state_of(adj.target) if adj is not None else None
            if adj is not None and state != adj.target:
                continue
            who = self._other_side(s, start, owner, state, counterpart)
            if who is None:
                if adj is not None and counterpart:
                    # "met his Chinese counterpart" with none named: a title's adjective,
                    # no side (GUIDELINES, session 14)
                    self._title_adjs.add((adj.start, adj.end))
                continue
            if adj is not None:
                self.mentions.remove(adj)
            self.mentions.add(Mention(start, end, self.text[start:end], who, "alias"))

    def _other_side(self, s: Sentence, pos: int, owner: str, state: str | None,
                    counterpart: bool) -> str | None:
        """The person of the other side of ``owner``'s talks (see ``_other_side_refs``)."""
        def fits(p: str) -> bool:
            return p != owner and _kind(self, p) == "person" and (
                state is None or self._state_of(p) == state)
        told = self._counterparts.get(owner)
        if counterpart and told is not None and fits(told):
            return told
        for e in reversed(self.result.events):
            if e.type not in (EventType.MEETING, EventType.VISIT) or \
                    owner not in {a for a, _ in e.participants}:
                continue
            others = [a for a, _ in e.participants if fits(a)]
            if len(others) == 1 and (not counterpart or self._same_office(owner, others[0], pos)):
                return others[0]
        if not counterpart:
            return None
        mine = self._state_of(owner)
        people = [m.target for m in reversed(self.mentions.within(
            self._sentence_starts(s, 4), pos)) if not m.agreement and fits(m.target)
            and (state is not None or mine is not None
                 and self._state_of(m.target) not in (None, mine))]
        return next((p for p in people if self._same_office(owner, p, pos)), None)

    def _same_office(self, a: str, b: str, pos: int) -> bool:
        """Whether two people may hold the same office (each other's counterparts): the
        roles of the titles the text gave them agree, or one was given none."""
        titles = list(self.r.titles)
        ra = {self.r.titles.get(g) for g in self._titles_given(a, pos, titles)} - {None}
        rb = {self.r.titles.get(g) for g in self._titles_given(b, pos, titles)} - {None}
        return not ra or not rb or bool(ra & rb)

    def _office_fits(self, key: str, given: set[str]) -> bool:
        """Whether a title referring back (``key``: "minister", "il ministro", "the
        diplomat") can take up a person given the titles ``given``: the same title or one
        holding its words, a title of the same office family ("the minister" for a foreign
        minister, "the leader" for a president, "the diplomat" for a foreign minister or an
        ambassador), or a counterpart's title (of the other's office)."""
        if key in given or any(set(key.split()) <= set(g.split()) for g in given):
            return True
        if given & _ANY_OFFICE:
            return True
        role = _PERSON_NOUNS.get(key) or self.r.titles.get(key)
        family = _ROLE_FAMILY.get(role or "", frozenset())
        if role == "diplomat" and given & _DIPLOMAT_TITLES:
            return True
        return any(self.r.titles.get(g) in family for g in given)

    def _prev_fold(self, pos: int) -> str:
        """The folded word before offset ``pos`` in the text."""
        words = _WORD.findall(self.text[max(0, pos - 40):pos])
        return fold_key(words[-1]) if words else ""

    def _sentence_starts(self, s: Sentence, back: int) -> int:
        """Where the sentence ``back`` sentences before ``s`` starts."""
        i = bisect.bisect_right(self.sentence_starts, s.start) - 1
        return self.sentence_starts[max(0, i - back)]

    def _home_state(self, actor: str) -> str | None:
        """The state a person serves as the list of known people has it (before what the
        text's context gave a new actor), else ``_state_of``."""
        info = self.lexicon.actors.get(actor) or self.result.new_actors.get(actor)
        if info is not None and info.kind == "person":
            known = known_person(info.name)[0]
            if known:
                return known
        return self._state_of(actor)

    def _state_of(self, actor: str) -> str | None:
        info = self.lexicon.actors.get(actor)
        if info is not None:
            if info.kind == "state":
                return actor
            return info.country or (known_person(info.name)[0] if info.kind == "person"
                                    else None)
        new = self.result.new_actors.get(actor)
        if new is None:
            return None
        return new.country or (known_person(new.name)[0] if new.kind == "person" else None)

    def sentence(self, s: Sentence) -> None:
        self._sentence(s)
        self.prev_sentence = (s.start, s.end)

    def _sentence(self, s: Sentence) -> None:
        self._back_refs(s)
        mentions = self._mentions_in(s.start, s.end)
        agreements = [m for m in mentions if m.agreement]
        cands = [_Candidate(m.target, m.start, m.end, m.kind) for m in mentions
                 if not m.agreement and (m.start, m.end) not in self.consumed]
        agreement = self._agreement(s, agreements)
        found_dates = find_dates(s.text, self.b.language, self.published)
        self.date_spans = [(s.start + d.start, s.start + d.end) for d in found_dates]
        self.parens = self._parentheticals(s, cands, [(d.start, d.end) for d in found_dates])
        asserters, certainty, deniers, notes = self._attribution(s, cands)
        if deniers and certainty == "alleged":
            # "Il Cremlino ha respinto le notizie secondo cui Pyongyang avrebbe inviato
            # truppe": who denies the hearsay does not allege it
            denier_ids = {c.actor for c in deniers}
            asserters = [c for c in asserters if c.actor not in denier_ids]
        # names inside an unnamed source ("fonti militari sudcoreane") are not participants
        cands = [c for c in cands if (c.start, c.end) not in self.consumed]
        speech_only = self.speech_only
        asserter_spans = {(c.start, c.end) for c in asserters + deniers}
        events = self._events(s, cands, asserter_spans, agreement, asserters)
        events = self._no_title_sides(events, cands)
        self._company(s, events)
        # "Barrot a dénoncé l'envoi de soldats ... « C'est une escalade », a-t-il ajouté":
        # who took a speech act in this sentence may be the unsaid speaker of the next
        self.prev_agents = [_Candidate(a, s.start, s.start, "pronoun") for a in dict.fromkeys(
            a for e in events if e.type in _SPEECH_ACTS for a, r in e.participants
            if r in _SPEECH_AGENTS and _kind(self, a) == "person")]
        if asserters and not deniers and certainty is not None and \
                all(e.type == EventType.STATEMENT for e in events) and self._says_it_again(s):
            # "C'est ce qu'a affirmé le NIS", "Lo ha confermato anche Gerasimov", "NATO said
            # so": the source of the facts of the sentence before, no statement of its own
            self._source_of_previous(s, certainty, sorted(dict.fromkeys(
                c.actor for c in asserters)))
            return
        if asserters and not deniers and certainty is not None and not [
                e for e in events if e.type in (EventType.MEETING, EventType.VISIT)] and \
                self._meeting_named_again(s, subject=any(
                    e.type != EventType.STATEMENT for e in events)):
            # "Les entretiens ont porté sur la coopération militaire, selon KCNA": the
            # talks told before, now said by a source; no statement of its own
            # ("The talks focused on the treaty signed in Pyongyang in June, Peskov said":
            # the signing of the participle is still told, and said by him)
            told = [e for e in self.result.events if e.type == EventType.MEETING]
            who = sorted(dict.fromkeys(c.actor for c in asserters))
            if told and self._pair_again and any(c.asserted_by for c in told[-1].claims):
                told = []  # "Les deux hommes ont évoqué ..., a précisé l'agence": its source
            if told and not any(c.certainty == certainty and c.asserted_by == who
                                for c in told[-1].claims):
                told[-1].claims.append(FoundClaim(certainty, who, (s.start, s.end)))
                events = [e for e in events if e.type != EventType.STATEMENT]
                if not events:
                    return
        dates = [d for d in found_dates if s.start + d.start >= self.dateline_end]
        # "confirmed on Monday that troops...": that date is the report's, not the event's
        accused_at = min((e.trigger[0] for e in events if e.type == EventType.ACCUSATION),
                         default=None)
        for ev in events:
            # "Ieri X ha negato di aver inviato...", "confirmed on Monday that...": a date
            # before the report verb, or just after it, dates the report when the event is
            # told after the verb; a statement is that report
            # (not a date past the comma of an opening "according to": "Secondo fonti
            # diplomatiche, la settimana scorsa una delegazione...", the fact's)
            ev_dates = dates if ev.type == EventType.STATEMENT else [
                d for d in dates if not any(
                    0 <= s.token_at(s.start + d.start) - s.token_at(c) <= 6
                    and not (s.token_at(c) <= 1 and "," in self.text[c:s.start + d.start]
                             and s.start + d.start < ev.trigger[0])
                    or (c < ev.trigger[0] and s.start + d.start < c)
                    for c in self.cue_starts)]
            # "Choe, who arrived in Moscow last Tuesday, was received on Monday": a date in
            # a parenthetical clause is its events', and only theirs
            clause = self._paren_of(ev.trigger[0])
            own_dates = [d for d in ev_dates if self._paren_of(s.start + d.start) is clause]
            if not own_dates and clause is None and ev.type in (EventType.MEETING,
                                                                EventType.VISIT):
                # "Choïgou, arrivé mardi à Pyongyang, a été reçu par Kim": a clause that
                # shares the subject dates the reception that follows the arrival (not what
                # else the subject did: "Choe, che si era recata a Mosca nel 2024, ha
                # espresso sostegno")
                sides = {a for a, _ in ev.participants}
                own_dates = [d for d in ev_dates if (p := self._paren_of(s.start + d.start))
                             is not None and p.head is not None and p.head.actor in sides]
            ev_dates = own_dates
            if ev.clause is not None:
                # "signed the treaty in June, which took effect in December"
                ev_dates = [d for d in ev_dates
                            if ev.clause[0] <= s.start + d.start < ev.clause[1]] or ev_dates
            # "Since the treaty took effect in December, the two countries have expanded
            # their cooperation": a date of a "since" clause is its time, not the main's
            ev_dates = [d for d in ev_dates if not any(
                a <= s.start + d.start < b and not a <= ev.trigger[0] < b
                for a, b in self._since_spans(s))]
            if accused_at is not None and ev.type in CONTESTED and accused_at < ev.trigger[0]:
                # "accused North Korea on Thursday of shipping missiles": the date is the
                # accusation's; what it charges keeps a date of its own clause only
                ev_dates = [d for d in ev_dates if s.start + d.start > ev.trigger[0]]
            found = _nearest_date(ev_dates, ev.trigger[0] - s.start)
            ratifier = next((a for a, r in ev.participants if r == "ratifier"), None) \
                if ev.type == EventType.RATIFICATION else None
            agent = ev.trigger if ratifier is not None and self.mentions.at(
                ev.trigger[0]) is not None else next((
                    (m.start, m.end) for m in self.mentions.within(ev.trigger[1], s.end)
                    if m.target == ratifier), None)
            if agent is not None:
                # a ratifier named after its verb ("ratified by the Duma on Oct. 24 and by
                # the Federation Council on Nov. 6", "ratifié le 9 novembre par Poutine,
                # puis le 11 novembre par Kim"): the date in its own part of the sentence,
                # between "and", "then" or commas, is its own
                cuts = [t.start for k, t in enumerate(s.tokens) if t.fold in _AND | _THEN
                        or k and set(self.text[s.tokens[k - 1].end:t.start]) & {",", ";"}]
                lo = max([c for c in cuts if c <= agent[0]], default=s.start)
                hi = min([c for c in cuts if c >= agent[1]], default=s.end)
                in_part = [d for d in ev_dates if lo <= s.start + d.start < hi]
                # (with other ratifiers in the sentence, the dates of their parts are theirs:
                # "Poutine a signé la loi, adoptée par la Douma le 24 octobre", session 14)
                others = any(o is not ev and o.type == EventType.RATIFICATION
                             for o in events)
                found = _nearest_date(in_part, agent[0] - s.start) if in_part else (
                    None if ev.own_part_date or others else found)
            if found is None:
                # "Earlier that day", "three days later", "le lendemain": counted from the
                # day of the fact told before
                found = self._counted_from_before(s, ev)
            if found is not None and found.value is None:
                ev.notes.append(f"date not resolved: {found.note}")
            elif found is not None:
                ev.date = found
                if found.inferred:
                    ev.notes.append(found.note)
        self._counted_within(s, events)
        self._host_from_first_fact(s, events)
        asserted = sorted(dict.fromkeys(c.actor for c in asserters))
        denied_by = sorted(dict.fromkeys(c.actor for c in deniers))
        accusations = [e for e in events if e.type == EventType.ACCUSATION]
        accusation = accusations[0] if accusations else None
        # what an accusation charges is told in its clause ("condemned North Korea and
        # urged China to act": the appeal is another verb's, not charged)
        bounds = self._clause_bounds(s)

        def charged_by(accusation: FoundEvent) -> list[FoundEvent]:
            # "The dispatch of troops ... was condemned by Seoul": in the passive, the act
            # condemned is told before the verb
            passive_charge = self._passive_participle(s, s.token_at(accusation.trigger[0]))
            # (nor is an appeal charged: "condemned the deployment, urging Pyongyang to
            # withdraw")
            return [e for e in events if e is not accusation
                    and e.type not in (EventType.STATEMENT, EventType.APPEAL)
                    # (nor support voiced in a gerund's clause: "accused Washington of
                    # provoking tensions, pledging Pyongyang's backing for Russia")
                    and not (e.type == EventType.SUPPORT and self._gerund_clause(
                        s, s.token_at(e.trigger[0])) is not None) and (
                        e.trigger[0] > accusation.trigger[0]
                        and not any(accusation.trigger[0] < s.tokens[b].start <= e.trigger[0]
                                    for b in bounds)
                        or passive_charge and e.type in CONTESTED
                        and e.trigger[0] < accusation.trigger[0]
                        and not any(e.trigger[0] < s.tokens[b].start <= accusation.trigger[0]
                                    for b in bounds))]
        # each accusation charges what its own clause tells ("ha accusato Seul di
        # «ingerenza» e ha condannato le forniture di armi americane all'Ucraina": the
        # supplies are the second's; session 15)
        charges: list[tuple[FoundEvent, list[FoundEvent]]] = []
        taken: set[int] = set()
        for one in accusations:
            if id(one) in taken:
                continue  # (charged by the one before it, as it always was)
            mine = [e for e in charged_by(one) if id(e) not in taken
                    and (one is accusation or e.type != EventType.ACCUSATION)]
            if mine:
                charges.append((one, mine))
                taken.update(id(e) for e in mine)
        if charges:
            events_claimed = set()
            for accusation, mine in charges:
                # "X accused Y of sending troops": the accusation happened; what it charges
                # is alleged by the accusers, and a denial denies the charge
                accusers = sorted({a for a, r in accusation.participants if r == "accuser"})
                accused = [a for a, r in accusation.participants if r == "accused"]
                accusation.claims.append(FoundClaim("confirmed", [], (s.start, s.end)))
                for ev in mine:
                    _accuser_did_not_do_it(ev, accusers, accused)
                    _accused_did_it(ev, accused)
                    ev.claims.append(FoundClaim("alleged", accusers, (s.start, s.end),
                                                "charged by the accusers"))
                    for d in denied_by:
                        ev.claims.append(FoundClaim("denied", [d], (s.start, s.end),
                                                    f"denied by {d}"))
                events_claimed |= {id(accusation)} | {id(e) for e in mine}
        else:
            events_claimed = set()
            if accusation is not None:
                # "condemned Pyongyang and Moscow for the deployment": a charge of the
                # contested fact of that kind told before, alleged by the accusers
                accusers = sorted({a for a, r in accusation.participants if r == "accuser"})
                named = self._named_facts(s, bare=True) - {
                    e.type for e in events if not e.partial}
                for kind in named:
                    before = [e for e in self.result.events if e.type == kind]
                    if before and accusers:
                        before[-1].claims.append(FoundClaim(
                            "alleged", accusers, (s.start, s.end),
                            "review: a charge of a fact told before"))
        # "Il Cremlino ha definito le notizie «propaganda», mentre Sybiha ha chiesto...": a
        # denial denies no event of a clause after it (after ", while", ";")
        breaks = [s.tokens[b].start for b in bounds
                  if set(self.text[s.tokens[b - 1].end:s.tokens[b].start]) & {",", ";"}]

        def clause_of(pos: int) -> int:
            return sum(1 for b in breaks if b <= pos)

        last_denial = max((clause_of(c.start) for c in deniers), default=len(breaks))

        def denied_here(ev: FoundEvent) -> bool:  # (told after the denial: not denied)
            # "rejected the accusations as lies and urged Washington to stop": what the
            # denier does himself (an appeal, a charge, his support) he does not deny
            return clause_of(ev.trigger[0]) <= last_denial and not (
                ev.type in _SPEECH_ACTS and any(a in denied_by for a, _ in ev.participants))

        for ev in events:
            if id(ev) in events_claimed:
                continue
            if ev.type == EventType.STATEMENT:
                # each statement is its own speaker's ("Blinken denounced..., while Japan
                # said...": two statements, one speaker each)
                who = [a for a, r in ev.participants if r == "speaker"] or asserted
                ev.claims.append(FoundClaim("confirmed", who, (s.start, s.end),
                                            "the speaker's own words, quoted by the text"))
                continue
            # ("..., a ajouté M. Rutte, qui a rencontré mercredi X": the relative clause of
            # who speaks is the text's own account, not what he says)
            # ("Putin met Kim in Pyongyang and said ...": the fact told by the first verb is
            # the text's own account too, not what he says after "and")
            own, who = (None, []) if ev.unreported or any(
                self._relative_of(s, c, s.token_at(ev.trigger[0]))
                or self._acts_then_says(s, c, s.token_at(ev.trigger[0]))
                for c in asserters) else (certainty, asserted)
            if ev.negated and who and not self._told_before(ev, events):
                # "Peskov said North Korean troops were not in Belarus", with no such fact
                # reported before: no event and no denial, the speaker's statement
                # (GUIDELINES: a named speaker's words telling no event of the model)
                ev.type, ev.negated = EventType.STATEMENT, False
                ev.participants = [(d, "speaker") for d in who]
                ev.objects = set()
                ev.claims.append(FoundClaim("confirmed", who, (s.start, s.end),
                                            "a negated fact nobody had reported: the "
                                            "speaker's own words"))
                continue
            if ev.negated:
                for d in who:
                    ev.claims.append(FoundClaim("denied", [d], (s.start, s.end),
                                                "told negated by who says it"))
                continue
            if ev.type in _SPEECH_ACTS:
                # "Lavrov ha ribadito il pieno sostegno a Pyongyang": who says it does it,
                # he does not report it
                # (who it is for or aimed at may still say so: "Kim pledged his full
                # support for Russia, according to the Kremlin"; session 15)
                doers = {a for a, r in ev.participants if r == ROLE_PAIRS[ev.type][0]}
                # (but "Lavrov said he had asked Seoul", "the ministry said it had urged":
                # a verb of saying before one's own past act reports it, as "said he had
                # spoken with" does; session 15)
                k = s.token_at(ev.trigger[0])
                told_own = {c.actor for c in asserters if self._tells_own_act(s, c, k)}
                who = [a for a in who if a not in doers or a in told_own]
                if not who and own == "reported":
                    own = None
            if speech_only and not s.quoted(ev.trigger[0]):
                # "“...”, said X at the talks": the speech verb is about the quotation
                own, who = ("alleged" if certainty == "alleged" else None), []
            paren = self._paren_of(ev.trigger[0])
            relative = paren is not None and paren.head is not None and \
                paren.head.actor in asserted and \
                s.tokens[s.token_at(paren.start)].fold in self.r.relatives and \
                all(c >= paren.end for c in self.cue_starts)
            if relative or self.cue_starts and min(self.cue_starts) < ev.trigger[0] and \
                    self._relative_head(s, s.token_at(ev.trigger[0]), cands) is not None:
                # "..., a ajouté M. Rutte, qui a rencontré mercredi Oumerov", "Lavrov, who met
                # Choe on Friday, said...": the text tells the speaker's relative clause, he
                # does not
                own, who = None, []
            if not who and not denied_by and ev.type in CONTESTED:
                # "Zelensky called for more pressure, saying North Korean soldiers were
                # already fighting", "..., affermando che", "..., en affirmant que": the
                # main clause's subject says what the gerund of saying tells
                sayer = self._gerund_sayer(s, s.token_at(ev.trigger[0]), cands)
                if sayer is not None:
                    own = "alleged" if certainty == "alleged" else "reported"
                    who = [sayer]
            if not (denied_by and own is None and denied_here(ev)) or \
                    self._denied_after(s, ev):
                said = [a for a in who if a in self.reporters and a not in self.confirmers]
                if own == "confirmed" and said and len(said) < len(who):
                    # "L'invio, rivelato ieri dall'intelligence sudcoreana, è stato
                    # confermato dal Pentagono": who confirms and who only told it before
                    ev.claims.append(FoundClaim("reported", said, (s.start, s.end),
                                                "; ".join(notes) or None))
                    who = [a for a in who if a not in said]
                ev.claims.append(FoundClaim(own or "confirmed", who if own else [],
                                            (s.start, s.end), "; ".join(notes) or None))
            for d in denied_by if denied_here(ev) else []:
                ev.claims.append(FoundClaim("denied", [d], (s.start, s.end),
                                            f"denied by {d}"))
        self._unreported_negations(s, events)
        told = [e for e in self.result.events if e.type != EventType.STATEMENT]
        if denied_by and s.unquoted_hits(self.r.report_nouns) and any(
                e.type != EventType.STATEMENT for e in events):
            # "dismissed reports of a troop deployment": the deployment told before
            kinds = {e.type for e in events}
            for ev in list(events):
                before = [e for e in told if e.type == ev.type]
                # "...and insisted it had received no weapons from Pyongyang": the fact
                # told before with the sides in the roles named here, if one was, else the
                # last of its kind
                named_sides = set(ev.participants)
                before = [e for e in before if named_sides <= set(e.participants)] or before
                if before and ev.type != EventType.STATEMENT:
                    events.remove(ev)
                    for d in denied_by:
                        before[-1].claims.append(FoundClaim(
                            "denied", [d], (s.start, s.end),
                            "review: a denial of reports, taken to deny this event"))
            if self._whole_reports(s):
                # "called the allegations a fabrication and insisted it had received no
                # weapons": the allegations are every fact of that kind their source told
                # ("ha smentito la presenza di soldati, definendo le notizie una montatura":
                # the deployment only)
                for last in [e for e in _denied_before(told) if e.type in kinds & CONTESTED]:
                    for d in denied_by:
                        if self._concerned(d, last) and not any(
                                c.certainty == "denied" and c.asserted_by == [d]
                                and c.sentence == (s.start, s.end) for c in last.claims):
                            last.claims.append(FoundClaim(
                                "denied", [d], (s.start, s.end),
                                "review: a denial of reports, taken to deny this event"))
            if not events:
                denied_by = []
        partials = [e for e in events if e.partial]
        for ev in partials:
            events.remove(ev)
            self._partial_claims_to_told(ev, events)
            self.result.review.append(
                f"'{_excerpt(s.text)}': a possible {ev.type.value} with only "
                f"{', '.join(f'{a} ({r})' for a, r in ev.participants)} named, left out")
        if denied_by and told and all(e.type == EventType.STATEMENT or not denied_here(e)
                                      for e in events):
            # "Moscow denied the reports": the denial of the events told before; of those
            # of the kind it names only ("denied sending troops": the deployment, not the
            # supply told with it)
            denied = _denied_before(told)
            # "called Seoul's claims unfounded", "ha respinto le accuse di Seul": the facts
            # that source told
            whose = ({c.actor for c in cands} | self._source_owners(s)) - set(denied_by)
            theirs = [e for e in told if e.type in CONTESTED and whose & {
                a for c in e.claims if c.certainty != "denied" for a in c.asserted_by}]
            if theirs:
                denied = theirs
            elif self._whole_reports(s, plural=True):
                # "Pyongyang a qualifié ces informations de rumeurs": every report told
                # since the last denial, whoever told it
                since = max((c.sentence[1] for e in told for c in e.claims
                             if c.certainty == "denied"), default=-1)
                denied += [e for e in told if e.type in CONTESTED and e not in denied
                           and e.sentence[0] > since and any(
                               c.certainty in ("reported", "alleged") and c.asserted_by
                               and not (c.note or "").startswith(("charged", "review"))
                               for c in e.claims)]
            charged = self._charged_before(s, told)
            if charged and not theirs:
                # "Kyiv accused Pyongyang of supplying shells... The Kremlin rejected these
                # accusations": what the accuser alleged, not what the text or another
                # source told (GUIDELINES, settled at the start of session 15)
                denied = charged
            named = self._named_facts(s) or self._named_by_what(s)
            if any(e.type in named for e in denied):
                denied = [e for e in denied if e.type in named]
            elif named and not theirs and any(e.type in named for e in told):
                # "Il Cremlino ha smentito l'invio di truppe" after the troops and then a
                # supply: the facts of the kind it names, not the last told
                denied = _denied_before([e for e in told if e.type in named])
            # "ha negato che il suo Paese abbia ricevuto armamenti nordcoreani": of the facts
            # told before, the one with the sides the denial names in their roles
            sided = [e for e in told if any(p.type == e.type and set(p.participants) <= set(
                e.participants) for p in partials)]
            if sided and not theirs:
                denied = sided[-1:]
            every = self._universal_kinds(s)
            if every:
                # "ha negato qualsiasi trasferimento di armi", "denied all the shipments":
                # every fact of that kind told before (of those its words name, if any)
                kinds, words = every
                more = [e for e in told if e.type in kinds and (
                    not words or e.objects & words or not e.objects - _GENERIC_ARMS)]
                denied = [e for e in told if (e in denied or e in more) and e.type in kinds]
            for last in denied:
                for d in denied_by:
                    if not self._concerned(d, last):
                        continue  # "Pechino ha respinto le accuse": not of this fact
                    last.claims.append(FoundClaim(
                        "denied", [d], (s.start, s.end),
                        "review: a denial with no event of its own, taken to deny the event "
                        "told before"))
        if (certainty == "confirmed" or certainty == "reported" and not denied_by
                and self._fact_object(s)) \
                and asserted and not set(asserted) & set(denied_by) and told and not any(
                e.type != EventType.STATEMENT for e in events) and not s.unquoted_hits(
                    self.r.negation):  # "Neither Moscow nor Pyongyang has confirmed"
            # "Seoul confirmed the munitions shipments later in the day", "Kiev a confirmé
            # ces livraisons": a confirmation with no fact of its own, of the fact of the
            # kind it names told before (of the things it names, if one was of them); a
            # report of it too ("Ukrainian intelligence had reported the deployment a week
            # earlier", "Yonhap a rapporté ces livraisons")
            words = {t.lemma for t in s.tokens} | {t.fold for t in s.tokens}
            for kind in self._named_facts(s, bare=True):
                before = [e for e in told if e.type == kind]
                before = [e for e in before if e.objects & words] or before
                if before:
                    before[-1].claims.append(FoundClaim(
                        certainty, asserted, (s.start, s.end),
                        f"review: a {'confirmation' if certainty == 'confirmed' else 'report'}"
                        " with no event of its own, taken to be of the event told before"))
        events = self._figure_again(s, events, asserted, certainty, denied_by)
        events = self._vetoed_text(s, events)
        if not events:
            self._date_told_later(s, found_dates)
        self._group_as_state(events)
        self.result.events.extend(events)

    def _vetoed_text(self, s: Sentence, events: list[FoundEvent]) -> list[FoundEvent]:
        """A text vetoed, blocked or abstained on ("Russia vetoed a resolution condemning
        North Korea's arms transfers", "la Cina si è astenuta su una risoluzione che
        condannava...", "la Russie a opposé son veto à un projet de résolution dénonçant..."):
        the veto and the abstention are no events (GUIDELINES, settled at the start of
        session 15), and what the text would have said is nobody's act nor claim: no event
        of the text's clause is drafted."""
        toks = s.tokens
        veto = next((k for k, t in enumerate(toks) if t.fold in _VETO_WORDS
                     or t.lemma in _VETO_WORDS), None)
        if veto is None:
            return events
        doc = next((k for k in range(veto + 1, min(veto + 8, len(toks)))
                    if toks[k].fold in _TEXT_NOUNS), None)
        if doc is None:
            return events
        # (to the end of its clause: ", and North Korea sent more troops" is another)
        bounds = [b for b in self._clause_bounds(s) if b > doc] + [
            k for k in range(doc + 1, len(toks))
            if ";" in self.text[toks[k - 1].end:toks[k].start]
            or "," in self.text[toks[k - 1].end:toks[k].start]
            and (toks[k].fold in _AND | self.r.clause_breaks
                 or self.mentions.at(toks[k].start) is not None)]
        end = toks[min(bounds)].start if bounds else s.end
        return [e for e in events if not (toks[doc].end <= e.trigger[0] < end)]

    def _figure_again(self, s: Sentence, events: list[FoundEvent], asserted: list[str],
                      certainty: str | None, denied_by: list[str]) -> list[FoundEvent]:
        """A source giving its own figure for the fact the sentence before told, with a
        figure noun and a number and no fact of its own ("Ukrainian intelligence put the
        figure higher, at 12,000", "The Pentagon said the number was closer to 11,000", "Il
        Pentagono stima la cifra in 11.000", "Le Pentagone évalue ce chiffre à 11 000"): the
        same fact told again, a claim of that source on it, no statement of its words
        (GUIDELINES, settled at the start of session 15)."""
        if not asserted or denied_by or certainty is None or any(
                e.type != EventType.STATEMENT for e in events):
            return events
        toks = s.tokens
        figure = [k for k, t in enumerate(toks) if t.fold in _FIGURE_NOUNS
                  and not s.quoted(t.start)
                  and not (k + 1 < len(toks) and toks[k + 1].fold in _GENITIVE
                           | _DEFINITE_CONTRACTED | {"des", "du", "dei", "degli", "delle",
                                                     # ("the figure for Russia's growth": a
                                                     # figure of something else)
                                                     "for", "per", "pour", "on", "su",
                                                     "sur", "about", "sul", "sulla"})]
        before = [e for e in self.result.events if e.type in CONTESTED
                  and e.sentence == self.prev_sentence]
        if not before:
            return events
        last = before[-1]
        if not (figure and any(t.text[:1].isdigit() for t in toks[figure[0]:])
                or self._counted_troops(s, last)):
            return events
        who = set(asserted)
        if not any(c.asserted_by == list(asserted) for c in last.claims):
            last.claims.append(FoundClaim(certainty, list(asserted), (s.start, s.end),
                                          "review: a figure given again for the fact told "
                                          "before"))
        return [e for e in events if not (e.type == EventType.STATEMENT and {
            a for a, r in e.participants if r == "speaker"} <= who)]

    def _counted_troops(self, s: Sentence, last: FoundEvent) -> bool:
        """A number of troops or arms of a side of ``last`` and no fate of theirs ("Il
        Pentagono parla di 11.000 militari nordcoreani impegnati nei combattimenti",
        "Washington avance le chiffre de 12 000 militaires nord-coréens"): the figure of the
        fact told before."""
        toks = s.tokens
        rules = [r for r in self.r.events if r.type in CONTESTED]
        if any(s.has(r.bare_not_with) for r in rules if r.bare_not_with):
            return False  # ("3,000 North Korean soldiers killed": their fate)
        needs = frozenset(w for r in rules for w in r.needs.words)
        sides = {a for a, _ in last.participants}
        for k, t in enumerate(toks):
            if not (t.fold in needs or t.lemma in needs) or not any(
                    u.text[:1].isdigit() for u in toks[max(0, k - 3):k]):
                continue
            near = self._mentions_in(toks[max(0, k - 3)].start, toks[min(len(toks) - 1,
                                                                         k + 3)].end)
            if any(m.target in sides for m in near):
                return True
        return False

    def _date_told_later(self, s: Sentence, found_dates: list[FoundDate]) -> None:
        """A sentence of no event of its own that opens with a noun of a fact told before
        and tells when it took place ("The talks were held on Nov. 1", "I colloqui si sono
        svolti il 1° novembre", "La rencontre a eu lieu le 1er novembre"): that date is the
        fact's, when it had none (GUIDELINES, settled at the start of session 15: a date
        given in a later sentence for a fact told before dates that event)."""
        dated = [d for d in found_dates if d.value]
        if len(dated) != 1 or not any(p in f" {s.text.lower()} " for p in _TOOK_PLACE):
            return
        toks = s.tokens
        first = next((k for k, t in enumerate(toks) if t.start >= self.dateline_end), None)
        if first is None or first + 1 >= len(toks) or not (
                toks[first].fold in _ARTICLE_WORDS | self.r.articles | _DETERMINERS
                and toks[first].fold not in self.r.indefinite):
            return
        kinds = self._kinds_named(s, first + 1, first + 2)
        before = [e for e in self.result.events if e.type in kinds]
        if not kinds or not before or before[-1].date is not None:
            return
        before[-1].date = dated[0]
        before[-1].notes.append(f"the date of a later sentence: {dated[0].note}")

    def _fact_object(self, s: Sentence) -> bool:
        """A verb of saying takes a fact told before as its object: "reported the
        deployment", "had revealed these shipments", "ha riferito dell'invio", "a rapporté
        ces livraisons" (an article or a determiner at most between; not "said the
        deployment was illegal": a clause follows the noun)."""
        toks = s.tokens
        for k in self.report_tokens:
            if toks[k].fold in _CHARACTERISE or toks[k].lemma in _CHARACTERISE:
                continue
            j = k + 1
            while j < len(toks) and j <= k + 3 and (
                    toks[j].fold in self.r.articles | _DETERMINERS | _GENITIVE
                    or toks[j].fold in self.r.universals):
                j += 1
            if j >= len(toks):
                continue
            if not any(rule.type in CONTESTED and (toks[j].fold in rule.words.words
                                                   or toks[j].lemma in rule.words.words)
                       for rule in self.r.events):
                continue
            rest = toks[j + 1:]
            if rest and rest[0].fold in {"as", "come", "comme"}:
                continue  # "described the deployment as a provocation"
            if any(t.fold in _COMPLEMENTIZERS | _TO_BE | _COPULAS | self.r.past_auxiliaries
                   or self._is_verb(t) for t in rest[:3]):
                continue
            return True
        return False

    def _infinitive(self, s: Sentence, i: int) -> bool:
        """Token i is an infinitive after its preposition ("to respond", "a rispondere",
        "à répondre", "de démentir")."""
        if i == 0:
            return False
        prev, t = s.tokens[i - 1].fold, s.tokens[i].fold
        if i > 1 and s.tokens[i - 2].fold in _FIRST_TO_SAY:
            return False  # ("was the first to report", "a été le premier à signaler": says it)
        if self.b.language == "en":
            return prev == "to" and t == s.tokens[i].lemma and not (
                i > 1 and s.tokens[i - 2].fold in {"according", "due", "thanks"})
        if self.b.language == "it":
            return prev in {"a", "ad", "di", "per"} and t.endswith(("are", "ere", "ire"))
        if self.b.language == "fr":
            return prev in {"a", "de", "d", "pour"} and t.endswith(("er", "ir", "re")) and \
                s.tokens[i - 1].text != "a"  # "a déclaré": the auxiliary, not "à"
        return False

    def _accused_of(self, s: Sentence, trig: int, ev: FoundEvent) -> None:
        """ "Russia accused of using North Korean missiles", "North Korea, accused of sending
        troops, ...", "la Corée du Nord, accusée de", "Pyongyang, accusata di": a participle
        with what is charged right after it, and no object between, is a passive with no
        auxiliary; the name before it is accused, not the accuser (session 14)."""
        toks = s.tokens
        if trig + 1 >= len(toks) or toks[trig + 1].fold not in {"of", "di", "d", "de"} or \
                toks[trig].fold not in _ACCUSED_FORMS or trig < 1 or \
                toks[trig - 1].fold in _AUXILIARIES | _PASSIVE_AUX | {"has", "have", "had"} \
                or toks[trig - 1].fold in self.r.subject_pronouns:
            # (a subject pronoun before it: the French present, "qu'elle accuse d'avoir
            # envoyé des troupes", no participle; session 15)
            return
        if not any(r == "accuser" for _, r in ev.participants):
            return
        # (the names after "of" are those of what is charged)
        ev.participants = [(a, "accused") for a, r in ev.participants if r == "accuser"]

    def _appeal_frames(self, s: Sentence,
                       cands: list[_Candidate]) -> dict[int, tuple[int, list[str], list[str]]]:
        """An appeal told by its noun with its sides around another verb (session 15): its
        receiving ("North Korea received an appeal from the G7", "Mosca ha ricevuto da
        Pechino una richiesta", "Moscou a reçu de Pékin un appel"): the subject is appealed
        to, who made it after "from", "da", "de" appeals; a passive of its making ("Un
        appello è stato rivolto a Mosca dal Giappone", "Un appel a été lancé à la Russie par
        le Japon", "A call was made to Beijing by the EU"): whom it is made to after "to",
        "a", "à", who made it after "by", "da", "par". Per noun token: (the verb's token,
        appellants, addressees). The verb is then no trigger of its own ("received" no
        meeting, "sent" no sending)."""
        if self._frames_of is s:
            return self._frames
        self._frames_of, self._frames = s, {}
        toks = s.tokens
        index = {t.start: k for k, t in enumerate(toks)}
        bounds = self._clause_bounds(s)

        def at(c: _Candidate) -> int:
            return index.get(c.start, -1)

        def usable(c: _Candidate) -> bool:
            return c.kind not in ("source",) and not s.quoted(c.start) and \
                (c.start, c.end) not in self._title_states and at(c) >= 0

        def same_clause(a: int, b: int) -> bool:
            return not any(min(a, b) < x <= max(a, b) for x in bounds)

        def prep(k: int) -> str:
            """The preposition before a name, past its article and a word of government
            ("dal governo giapponese", "by the Japanese government", "par le gouvernement")."""
            j = k - 1
            while j > 0 and toks[j].fold not in _APPEAL_FROM | _APPEAL_TO_WORDS and (
                    toks[j].fold in _ARTICLE_WORDS | self.r.articles
                    or toks[j].fold in _GOVERNMENT_WORDS) and k - j <= 3:
                j -= 1
            return toks[j].fold if j >= 0 else ""

        for v, t in enumerate(toks):
            if t.fold in _APPEAL_RECEIVED:
                # the noun after the verb, with articles, adjectives or the maker between
                n = next((k for k in range(v + 1, min(v + 8, len(toks)))
                          if toks[k].fold in _APPEAL_NOUNS), None)
                if n is not None and toks[n].fold in _CALL_NOUNS and (
                        toks[n - 1].fold in _PHONE or n + 1 < len(toks)
                        and toks[n + 1].fold in _PHONE or not any(
                            toks[k].fold in _CALL_FOR
                            for k in range(n + 1, min(n + 7, len(toks))))):
                    # "received a call from Kim", "un appel téléphonique": a phone call, a
                    # meeting; a call is an appeal only with what it is for ("a call for
                    # restraint", "un appel à la retenue", "a call from the G7 to withdraw")
                    continue
                if n is None or any(ch in self.text[toks[v].end:toks[n].start]
                                    for ch in ",;:«»\"") or any(
                        toks[k].fold in _COMPLEMENTIZERS for k in range(v + 1, n)):
                    continue
                if any(toks[k].text[:1].isupper() and toks[k - 1].fold not in _APPEAL_FROM
                       and (m := self.mentions.at(toks[k].start)) is not None
                       and not m.agreement for k in range(v + 1, n)
                       if toks[k - 1].fold not in _APPEAL_FROM | _ARTICLE_WORDS):
                    continue
                subject = [c for c in cands if usable(c) and at(c) < v
                           and same_clause(at(c), v)
                           and self._paren_of(c.start) is None]
                if not subject:
                    continue
                makers = [c for c in cands if usable(c) and at(c) > v and same_clause(at(c), v)
                          and prep(at(c)) in _APPEAL_FROM
                          # (French "de" names the maker right after the verb or the noun)
                          and (prep(at(c)) not in _FR_DE or at(c) - 3 <= max(v, n) + 1)]
                makers = makers[:1] + [c for c in makers[1:] if self._listed_with(
                    s, makers[0], c)]
                self._frames[n] = (v, list(dict.fromkeys(c.actor for c in makers)),
                                   [subject[-1].actor])
            elif t.fold in _APPEAL_NOUNS and v + 2 < len(toks):
                # "Un appello ... è stato rivolto a Mosca dal Giappone"
                k = v + 1
                while k < min(v + 9, len(toks)) and toks[k].fold not in _PASSIVE_AUX \
                        and not any(ch in self.text[toks[k - 1].end:toks[k].start]
                                    for ch in ",;:"):
                    k += 1
                if k >= len(toks) or toks[k].fold not in _PASSIVE_AUX:
                    continue
                while k + 1 < len(toks) and toks[k + 1].fold in _PASSIVE_AUX | {
                        "stato", "stata", "stati", "state", "ete", "been", "being"}:
                    k += 1
                if k + 1 >= len(toks) or toks[k + 1].fold not in _APPEAL_MADE:
                    continue
                p = k + 1
                after = [c for c in cands if usable(c) and at(c) > p and same_clause(at(c), p)]
                to = [c for c in after if prep(at(c)) in _APPEAL_TO_WORDS]
                by = [c for c in after if prep(at(c)) in _BY_WORDS | {"dall"}]
                if to and by:
                    self._frames[v] = (p, [by[0].actor], [to[0].actor])
        return self._frames

    def _listed_with(self, s: Sentence, a: _Candidate, b: _Candidate) -> bool:
        """ "from Seoul and Tokyo": ``b`` follows ``a`` in one list of names."""
        gap = self.text[a.end:b.start].strip().lower()
        return gap in {",", "and", "e", "et", "ed", ", and", "and the", "e la", "et la"}

    def _demanded_of(self, s: Sentence, trig: int, ev: FoundEvent,
                     cands: list[_Candidate]) -> None:
        """ "a exigé de Pyongyang le retrait de ses soldats", "et exigé de Moscou des
        explications", "réclame de la Russie": French "exiger de", "réclamer de" name whom
        it is demanded of after "de", the addressee, never the maker; with no maker left,
        the sentence's first name, the subject of the verb left unsaid after "et"
        (session 15)."""
        toks = s.tokens
        if self.b.language != "fr" or trig + 1 >= len(toks) or \
                not toks[trig].fold.startswith(("exig", "reclam")) or \
                toks[trig + 1].fold not in _FR_DE:
            return
        j = trig + 2
        while j < len(toks) and toks[j].fold in self.r.articles | _ARTICLE_WORDS:
            j += 1
        whom = next((c for c in cands if s.token_at(c.start) in (trig + 2, j)
                     and c.kind not in ("source", "demonym")), None)
        if whom is None:
            return
        makers = [a for a, r in ev.participants if r == "appellant" and a != whom.actor]
        if not makers:
            first = next((c for c in cands if c.start >= max(s.start, self.dateline_end)
                          and c.end <= toks[trig].start
                          and c.kind not in ("source", "demonym", "pair")
                          and (c.start, c.end) not in self._title_states
                          and self._paren_of(c.start) is None), None)
            if first is None or first.actor == whom.actor:
                return
            makers = [first.actor]
        ev.participants = [(a, "appellant") for a in makers] + [(whom.actor, "addressee")]

    def _pronoun_doer(self, s: Sentence, trig: int, ev: FoundEvent,
                      pool: list[_Candidate]) -> None:
        """ "Elle lui a demandé de soutenir Pyongyang", "Lei gli ha chiesto di sostenere
        Pyongyang", "He urged him to back Pyongyang": with a subject pronoun opening the
        sentence and the only doer found named after the verb (in what is asked), the doer
        is the person the pronoun stands for (session 15)."""
        toks = s.tokens
        agent = ROLE_PAIRS[ev.type][0]
        doers = {a for a, r in ev.participants if r == agent}
        first = next((k for k, t in enumerate(toks) if t.start >= max(s.start,
                                                                         self.dateline_end)), None)
        genders = _SUBJECT_PRONOUN_GENDER.get(self.b.language, {})
        if not doers or first is None or first >= trig or \
                toks[first].fold not in genders or any(
                    c.actor in doers and c.start < toks[trig].start for c in pool):
            return
        person = self._antecedent(s, toks[first].start, genders[toks[first].fold])
        if person is None or person in doers:
            return
        ev.participants = [(person, agent)] + [(a, r) for a, r in ev.participants
                                               if r != agent]

    def _occasion_asides(self, s: Sentence) -> list[tuple[int, int]]:
        """Spans of asides between commas that tell an act's occasion (", during a meeting
        of the UN Security Council,", ", lors d'une réunion du Conseil de sécurité,", ",
        nel corso di una riunione del Consiglio,", ", on the sidelines of the G20,")."""
        out = []
        toks = s.tokens
        for k in range(1, len(toks)):
            if "," not in self.text[toks[k - 1].end:toks[k].start]:
                continue
            words = [t.fold for t in toks[k:k + 4]]
            if not any(tuple(words[:len(p)]) == p for p in _OCCASION_OPENERS):
                continue
            close = self.text.find(",", toks[k].start, s.end)
            out.append((toks[k].start, close if close >= 0 else s.end))
        return out

    def _cooperation_object(self, s: Sentence, trig: int, ev: FoundEvent,
                            pool: list[_Candidate]) -> None:
        """ "The EU condemned Pyongyang's deepening military cooperation with Moscow", "Seoul
        a dénoncé la coopération entre Moscou et Pyongyang", "Kyiv urged Beijing to end its
        cooperation with Moscow": the cooperation is the object of another's verb (of
        condemning, urging, supporting, a stance), whose subject is no partner (session
        15)."""
        toks = s.tokens
        verbs = [k for r in self.r.events if r.type in (
            EventType.ACCUSATION, EventType.APPEAL, EventType.SUPPORT)
            for k in s.hits(r.words)] + list(s.hits(self.r.stance))
        bounds = self._clause_bounds(s)
        before = [k for k in verbs if k < trig and not any(k < b <= trig for b in bounds)]
        if not before:
            return
        cut = toks[max(before)].start
        sides = {c.actor for c in pool if c.start < cut}
        ev.participants = [(a, r) for a, r in ev.participants if a not in sides or any(
            c.actor == a and c.start > cut for c in pool)]

    def _gerund_clause(self, s: Sentence, trig: int) -> int | None:
        """The offset of the comma that opens the gerund's clause of trigger ``trig``
        ("..., pledging Pyongyang's backing", "..., while pledging", "..., en réaffirmant le
        soutien", "..., ribadendo il sostegno"), or None."""
        toks = s.tokens
        comma = self.text.rfind(",", s.start, toks[trig].start)
        if comma < 0:
            return None
        g = s.token_at(comma)
        while g < trig and toks[g].end <= comma:
            g += 1
        while g < trig and toks[g].fold in _GERUND_OPENERS:
            g += 1
        if g > trig or trig - g > 5 or not toks[g].fold.endswith(_GERUNDS) or \
                not toks[g].text.islower() or toks[g].fold in _APPEAL_NOT_GERUNDS:
            return None
        return comma

    def _gerund_clause_subject(self, s: Sentence, trig: int,
                               cands: list[_Candidate]) -> str | None:
        """Trigger ``trig`` stands in a gerund's clause opened after a comma ("...,
        pledging Pyongyang's backing", "..., while pledging", "..., en réaffirmant le
        soutien", "..., ribadendo il sostegno"): the person named first before the comma,
        the main clause's subject, or None."""
        comma = self._gerund_clause(s, trig)
        if comma is None:
            return None
        people = [c for c in cands if _kind(self, c.actor) == "person" and c.end <= comma
                  and c.start >= max(s.start, self.dateline_end) and not s.quoted(c.start)
                  and self._paren_of(c.start) is None]
        return people[0].actor if people else None

    def _gerund_appellant(self, s: Sentence, trig: int, ev: FoundEvent,
                          cands: list[_Candidate]) -> None:
        """ "Japan criticised Russia, urging Pyongyang to withdraw", "Tokyo a condamné
        l'envoi, exhortant Pyongyang à", "esortando Mosca a": an appeal told by a gerund after
        a comma is made by the main clause's subject, not by the object before the comma
        (session 14)."""
        toks = s.tokens
        if not toks[trig].fold.endswith(_GERUNDS) or trig < 1 or \
                "," not in self.text[toks[trig - 1].end:toks[trig].start] and not (
                    trig >= 2 and toks[trig - 1].fold in {"en", "by", "while", "pur"}
                    and "," in self.text[toks[trig - 2].end:toks[trig - 1].start]):
            return
        # (an accusation too: "ha chiesto agli alleati di colpire le basi, accusando Mosca
        # di", "..., accusing Moscow of", "..., en accusant Moscou de"; session 15)
        agent = ROLE_PAIRS[ev.type][0]
        first = next((c for c in cands if c.start >= max(s.start, self.dateline_end)
                      and c.kind not in ("source", "demonym", "pronoun", "pair")
                      and (c.start, c.end) not in self._title_states
                      and self._paren_of(c.start) is None), None)
        if first is None or first.start >= toks[trig].start or any(
                a == first.actor for a, r in ev.participants if r == agent):
            return
        ev.participants = [(first.actor, agent)] + [
            (a, r) for a, r in ev.participants if r != agent and a != first.actor]

    def _first_person_act(self, s: Sentence, trig: int, ev: FoundEvent) -> None:
        """ "«We call on China to use its influence», Zelensky said", "«Chiediamo alla Cina
        di fare pressione», ha dichiarato Sybiha", "« Nous appelons la Chine à », a ajouté
        Barrot", "«We accuse Moscow of...»": an appeal or a charge in the first person
        inside a quotation is made by who is quoted, named outside it (session 14, round 2:
        a quotation that tells an event of the model is that event)."""
        toks = s.tokens
        agent = "appellant" if ev.type == EventType.APPEAL else "accuser"
        quote = next(((a, b) for a, b in s.quotes if a <= toks[trig].start < b), None)
        if quote is None or any(r == agent for _, r in ev.participants):
            return
        first = toks[trig].fold in _FIRST_PERSON_VERBS or toks[trig].fold.endswith(
            _FIRST_PERSON_ENDINGS)
        k = trig - 1
        while not first and k >= 0 and toks[k].start >= quote[0] and trig - k <= 4:
            if toks[k].fold in _FIRST_PERSON or toks[k].fold.startswith("j'"):
                first = True
            elif not (toks[k].fold in _FIRST_PERSON_FILLERS or _is_adverb(toks[k])):
                break
            k -= 1
        if not first:
            return
        speaker = next((c for i, c in self.cue_subjects if not s.quoted(toks[i].start)
                        and not s.quoted(c.start) and c.kind not in ("source", "demonym")), None)
        if speaker is None:
            return
        ev.participants = [(speaker.actor, agent)] + [
            (a, r) for a, r in ev.participants if a != speaker.actor]
        ev.first_person = True
        ev.notes.append(f"review: {speaker.actor}, quoted, taken to make it")

    def _gerund_appeal(self, s: Sentence, trig: int, ev: FoundEvent,
                       cands: list[_Candidate]) -> None:
        """ "summoned Russian Ambassador Georgy Zinoviev, urging him to...", "ha convocato
        l'ambasciatore russo Georgy Zinoviev, chiedendogli di...", "a convoqué l'ambassadeur
        russe, lui demandant de...": an appeal told by a gerund after a comma, with a pronoun
        of its object, is the main clause's subject's, addressed to the one the main verb
        acts on (the person acts as the person)."""
        toks = s.tokens
        t = toks[trig]
        lang = self.b.language
        opens = trig  # the first token of the gerund's clause
        if lang == "en":
            ok = t.fold.endswith("ing") and trig + 1 < len(toks) and \
                toks[trig + 1].fold in ("him", "her", "them")
        elif lang == "it":
            ok = t.fold.endswith(_IT_GERUND_CLITICS)
        else:
            # ("lui demandant de", "en les exhortant à": the phrase may open on the pronoun)
            if t.fold in _FR_OBJECT_CLITICS and trig + 1 < len(toks):
                trig += 1
                t = toks[trig]
            ok = t.fold.endswith("ant") and trig > 0 and \
                toks[trig - 1].fold in _FR_OBJECT_CLITICS
            opens = trig - 1
            if ok and opens > 0 and toks[opens - 1].fold == "en":
                opens -= 1
        if not ok or opens <= 0 or "," not in self.text[toks[opens - 1].end:toks[opens].start]:
            return
        main = [c for c in cands if c.end <= toks[opens].start and c.kind != "source"
                and self._paren_of(c.start) is None]
        # (not a place: "met Rutte in Brussels, urging him")
        objects = [c for c in main[1:] if c.actor != main[0].actor and c.kind != "capital"
                   and _prev_word(s, c, self.r.title_words) not in
                   _LOCATIVE.get(lang, set()) | _IN_PLACE]
        if not main or not objects:
            return
        ev.participants = [(main[0].actor, "appellant"), (objects[-1].actor, "addressee")]
        ev.partial = False

    def _to_all_parties(self, s: Sentence, trig: int) -> bool:
        """The appeal at token ``trig`` is made to every side or state at once ("urged all
        parties to show restraint", "called on all sides", "ha esortato tutte le parti", "a
        appelé toutes les parties à la retenue", "a demandé à tous les pays"): no one named
        is appealed to, the appellant alone makes it (GUIDELINES, session 14)."""
        toks = s.tokens
        for o in range(trig + 1, min(trig + 4, len(toks))):  # (past a phrase's own words:
            # "a demandé à tous les pays")
            words = [t.fold for t in toks[o:o + 7] if t.fold not in _TO_ALL_PREPS]
            text = " " + " ".join(words) + " "
            if any(text.startswith(f" {p} ") for p in _ALL_PARTIES):
                return not self.mentions.within(toks[trig].end, toks[o].start)
        return False

    def _insists_on_act(self, s: Sentence, i: int) -> bool:
        """Token i is a verb of insisting or stressing followed by what an actor named after
        it must do ("Poland insisted that Moscow must stop", "stressed that Pyongyang should
        withdraw", "ha insistito perché Mosca ritiri", "a insisté pour que Moscou renvoie"):
        an appeal to that actor, no verb of saying; not what one's own state must do
        ("Lavrov insisted that Russia must defend itself", session 14)."""
        toks = s.tokens
        if toks[i].fold not in _INSIST and toks[i].lemma not in _INSIST:
            return False
        k = i + 1
        while k < len(toks) and k - i <= 4 and toks[k].fold in _INSIST_FILLERS:
            k += 1  # "insisted on the fact that", "a insisté sur le fait que", "pour que"
        if k >= len(toks) or toks[k].fold not in {"that", "que", "qu", "perche", "affinche",
                                                   "che"}:
            return False
        # (a subjunctive of purpose needs no modal: "perché Mosca ritiri", "pour que")
        end = next((j for j in range(k, min(len(toks), k + 10)) if toks[j].fold in _MUST
                    or toks[k].fold in {"perche", "affinche"}
                    or toks[k - 1].fold in {"pour", "afin"}), None)
        if end is None:
            return False
        named = [m for m in self.mentions.within(toks[i].end, toks[min(end + 3, len(toks) - 1)]
                                                 .end) if not m.agreement]
        if not named:
            return False
        subject = [m.target for m in self.mentions.within(s.start, toks[i].start)
                   if not m.agreement]
        own = {self._state_of(a) for a in subject} | set(subject)
        return named[0].target not in own

    def _tells_to_act(self, s: Sentence, i: int) -> bool:
        """Token i is a verb of telling or warning whose object, an actor named before an
        infinitive, is told to act ("told Beijing to rein in its ally", "warned Pyongyang not
        to", "ha detto a Pechino di fare pressione", "ha avvertito Pyongyang di restare", "a
        dit à Pékin de faire pression", "a averti Pyongyang de ne pas"): an appeal, no verb of
        saying; not "told reporters that", "warned that", "ha detto di aver ricevuto"
        (session 14)."""
        toks = s.tokens
        if toks[i].fold not in _TOLD_TO_ACT:
            return False
        for k in range(i + 1, min(len(toks), i + 12)):
            if toks[k].fold in _THAT_WORDS | _AGAINST or any(
                    ch in self.text[toks[k - 1].end:toks[k].start] for ch in "\"«»“”:;") or (
                    # "warned X against sending troops and urged China to act": another verb
                    toks[k].fold in _AND and k + 1 < len(toks) and toks[k + 1].text.islower()
                    and toks[k + 1].fold not in _ARTICLE_WORDS | self.r.articles):
                return False
            j = k + 1
            while j < len(toks) and toks[j].fold in _NOT_BEFORE_INFINITIVE:
                j += 1  # "not to", "di non", "de ne pas", "de s'expliquer"
            if j >= len(toks) or not (toks[k].fold == "to" and self.b.language == "en"
                                      or toks[k].fold in {"di", "de", "d"}):
                continue
            infinitive = toks[j].text.islower() and toks[j].fold not in _ARTICLE_WORDS \
                and toks[j].fold not in self.r.articles and toks[j].fold not in _DETERMINERS \
                if self.b.language == "en" else toks[j].fold.endswith(
                    ("are", "ere", "ire", "er", "ir", "re"))
            if not infinitive:
                continue
            # the one told is named between the verb and the infinitive, right before the
            # infinitive's marker ("told Wang Yi to", "told the Russian ambassador, X, to";
            # not "told Moscow it would respond to any provocation")
            named = [m for m in self.mentions.within(toks[i].end, toks[k].start)
                     if not m.agreement]
            return bool(named) and k - s.token_at(named[-1].end - 1) <= 2 and not any(
                t.fold in _SUBJECT_WORDS for t in toks[i + 1:k])
        return False

    def _says_it_again(self, s: Sentence) -> bool:
        """The sentence's verb of saying or confirming is about what the sentence before
        told: a phrase that refers back to it right before the verb ("C'est ce qu'a affirmé",
        "Lo ha confermato", "È quanto ha dichiarato", "This was confirmed by"), or an object
        that does right after it at the end of the clause ("NATO said so", "Seoul confirmed
        it on Monday")."""
        if self.prev_sentence is None or not self.cue_tokens:
            return False
        toks = s.tokens
        lead = 1 if toks and toks[0].fold in _AND | {"but", "ma", "mais"} else 0
        for k in s.hits(self.r.said_before):
            n = next((len(p.split()) for p in self.r.said_before.phrases
                      if [t.fold for t in toks[k:k + len(p.split())]] == p.split()), 1)
            end = k + n
            if k <= lead + 1 and any(k <= c and c - end <= 3 for c in self.cue_tokens):
                return True  # "C'est ce qu'a affirmé", "This was confirmed by"
            if n > 1 and any(k <= c <= end for c in self.cue_tokens):
                return True  # "La Nato lo conferma", "Washington l'a confirmé"
            if n == 1 and (k - 1) in self.cue_tokens and (
                    k + 1 >= len(toks)
                    or self.text[toks[k].end:toks[k + 1].start].strip() in (",", ";")
                    # ("added that the Pentagon expected...": "that" opens what is said)
                    or not (toks[k].fold in _COMPLEMENTIZERS and toks[k + 1].fold in
                            _ARTICLE_WORDS | self.r.articles | _DETERMINERS)
                    and toks[k + 1].fold in _ON | _ADVERBS | {"in", "at", "on", "yesterday",
                                                              "today", "earlier", "later"}):
                return True  # "NATO said so.", "Seoul confirmed it on Monday"
        for k in s.unquoted_hits(self.r.report_nouns):
            # "La notizia è stata confermata anche da Zelensky", "The reports were confirmed
            # by NATO", "Ces informations ont été démenties": the news the sentence before told
            if 0 < k <= lead + 2 and (toks[k - 1].fold in self.r.articles - self.r.indefinite
                                      or toks[k - 1].fold in _DETERMINERS) and \
                    any(k < c <= k + 4 for c in self.cue_tokens) and not any(
                        t.fold in _GENITIVE | _COMPLEMENTIZERS for t in toks[k + 1:k + 2]):
                return True
        return False

    def _meeting_named_again(self, s: Sentence, subject: bool = False) -> bool:
        """The sentence opens with a meeting noun after a definite article and no
        "with", "between", "of" after it ("The talks focused on...", "Les entretiens ont
        porté sur...", "I colloqui si sono concentrati"): the meeting told before. With
        ``subject``, the noun must be the sentence's first words, its subject (not "Durante
        l'incontro, Kim ha ribadito...", whose source says what Kim did)."""
        toks = s.tokens
        words = [r.words for r in self.r.events if r.type == EventType.MEETING]
        first = next((k for k, t in enumerate(toks) if t.start >= self.dateline_end), None)
        if first is None:
            return False
        self._pair_again = False
        if not subject and first + 1 in s.hits(self.r.people_pair_refs) and \
                toks[first].fold in _ARTICLE_WORDS | self.r.articles:
            # "The two ministers discussed...", "Les deux ministres ont évoqué...": the two
            # of the meeting told before, a source telling it again (when it had none); no
            # event of its own
            self._pair_again = True
            return True
        for k in range(first + 1, min(first + (2 if subject else 3), len(toks))):
            t = toks[k]
            if t.text.islower() and not s.quoted(t.start) and any(
                    t.fold in w.words or t.lemma in w.words for w in words) and \
                    toks[k - 1].fold in _ARTICLE_WORDS | _DEFINITE_CONTRACTED | _DETERMINERS \
                    and self.mentions.at(t.start) is None:  # ("His counterpart": a person)
                nxt = toks[k + 1].fold if k + 1 < len(toks) else ""
                return nxt not in _COMITATIVE | _BETWEEN | _GENITIVE | _DEFINITE_CONTRACTED
        return False

    def _counted_from_before(self, s: Sentence, ev: FoundEvent) -> FoundDate | None:
        """A day counted from the fact told before ("Earlier that day", "three days later",
        "the next day", "lo stesso giorno", "il giorno dopo", "le lendemain", "la veille",
        "deux jours plus tard"): the last day-dated event before, plus or minus the days
        said, inferred (GUIDELINES, settled at the start of session 14)."""
        toks = s.tokens
        folds = [t.fold for t in toks]
        found: tuple[int, int, int] | None = None  # (offset, first token, last token)
        months = 0
        counted = False  # a count of units ("three days", "deux semaines")
        for k in range(len(toks)):
            if s.quoted(toks[k].start):
                continue
            for n in (4, 3, 2, 1):
                words = tuple(folds[k:k + n])
                if len(words) == n and words in _SAME_DAY_AS_BEFORE:
                    found = (_SAME_DAY_AS_BEFORE[words], k, k + n - 1)
                    break
            if found is None and k + 2 < len(toks) and (
                    folds[k].isdigit() or folds[k] in _SMALL_NUMBERS
                    or folds[k] in _ONE and folds[k + 1] in _ONE_UNITS):
                count = int(folds[k]) if folds[k].isdigit() else _SMALL_NUMBERS.get(folds[k], 1)
                unit = folds[k + 1]
                rest = tuple(folds[k + 2:k + 4])
                # ("three days later", "two weeks later", "deux semaines après", "un mese
                # dopo": weeks count as seven days, months as months)
                days = _DAY_UNITS.get(unit)
                if (days is not None or unit in _MONTH_UNITS) and count < 32:
                    sign = next((v for w, v in _LATER_EARLIER.items()
                                 if rest[:len(w)] == w), None)
                    if sign is not None:
                        n = len(next(w for w in _LATER_EARLIER if rest[:len(w)] == w))
                        found = (sign * count * (days or 0), k, k + 1 + n)
                        counted = True
                        months = sign * count if days is None else 0
            if found is not None:
                break
        if found is None:
            return None
        offset, a, b = found
        told = [e for e in self.result.events if e.date is not None and e.date.value
                and len(e.date.value) == 10 and e.sentence[0] < s.start]
        # "Deux semaines après cette visite", "two days after the talks": counted from the
        # last fact of the kind the noun after it names
        named = self._kinds_named(s, b + 1, b + 4)
        if counted and folds[b] in _AFTER_BEFORE_WORDS and not named and b + 1 < len(toks) and \
                "," not in self.text[toks[b].end:toks[b + 1].start] and (
                toks[a + 1].fold not in {"days", "giorni", "jours"}):
            # "The meeting came a week after the State Duma ratified the treaty": what
            # follows is the fact counted from, told in its own clause, not this one's day
            return None
        told = [e for e in told if e.type in named] or told if named else told
        if not told:
            return None
        anchor = told[-1].date
        assert anchor is not None and anchor.value is not None
        phrase = self.text[toks[a].start:toks[b].end]
        if months:
            y, mo = int(anchor.value[:4]), int(anchor.value[5:7]) + months
            y, mo = y + (mo - 1) // 12, (mo - 1) % 12 + 1
            return FoundDate(toks[a].start - s.start, toks[b].end - s.start,
                             f"{y:04d}-{mo:02d}", None, True,
                             f"'{phrase}': {months:+d} month(s) from the fact told before "
                             f"({anchor.value})")
        day = dt.date.fromisoformat(anchor.value) + dt.timedelta(days=offset)
        return FoundDate(toks[a].start - s.start, toks[b].end - s.start, day.isoformat(), None,
                         True, f"'{phrase}': {offset:+d} day(s) from the fact told before "
                               f"({anchor.value})")

    def _counted_within(self, s: Sentence, events: list[FoundEvent]) -> None:
        """A count of days or weeks from a fact told in the same sentence ("Three days after
        the treaty entered into force on December 4, Choe arrived in Moscow", "Choe arrived
        in Moscow on Dec. 7, three days after the treaty entered into force", "trois jours
        après que le traité est entré en vigueur le 4 décembre"): the date written in one
        part is that part's fact's; the other's is counted from it (GUIDELINES, settled at
        the start of session 15: "three days after" counts from the fact referred to)."""
        toks = s.tokens
        folds = [t.fold for t in toks]
        for k in range(len(toks) - 3):
            if not (folds[k].isdigit() or folds[k] in _SMALL_NUMBERS or folds[k] in _ONE):
                continue
            if k and folds[k - 1] in _ABOUT_WORDS:
                continue  # ("less than two weeks after", "about three days after": no day)
            days = _DAY_UNITS.get(folds[k + 1])
            rel = folds[k + 2]
            if days is None or rel not in _AFTER_BEFORE_WORDS or s.quoted(toks[k].start):
                continue
            count = int(folds[k]) if folds[k].isdigit() else _SMALL_NUMBERS.get(folds[k], 1)
            if count > 31:
                continue
            offset = count * days * (1 if rel in {"after", "dopo", "apres"} else -1)
            lo = k + 3
            hi = next((j for j in range(lo + 1, len(toks))
                       if "," in self.text[toks[j - 1].end:toks[j].start]), len(toks))
            a, b = toks[lo].start, toks[hi - 1].end
            inner = [e for e in events if a <= e.trigger[0] < b]
            outer = [e for e in events if e not in inner and not (
                toks[k].start <= e.trigger[0] < a)]
            if not inner or not outer:
                continue
            src = inner[0]
            for o in outer:
                i_date, o_date = src.date, o.date
                i_own = i_date is not None and a <= s.start + i_date.start < b
                if i_own and i_date is not None and i_date.value and len(i_date.value) == 10 \
                        and (o_date is None or o_date.value == i_date.value):
                    day = dt.date.fromisoformat(i_date.value) + dt.timedelta(days=offset)
                    o.date = FoundDate(toks[k].start - s.start, toks[k + 2].end - s.start,
                                       day.isoformat(), None, True,
                                       f"{offset:+d} day(s) from the fact told in the same "
                                       f"sentence ({i_date.value})")
                elif o_date is not None and i_date is not None and \
                        i_date.value == o_date.value and not (a <= s.start + o_date.start < b):
                    # "ratified on Wednesday, two weeks after its approval by the Duma": the
                    # date is the main fact's, not the one it is counted from (which is left
                    # undated: counting back is not read)
                    src.date = None
            return

    def _kinds_named(self, s: Sentence, a: int, b: int) -> set[EventType]:
        """The kinds of event whose words stand among tokens a..b ("cette visite", "the
        talks", "la firma")."""
        toks = s.tokens[a:b]
        return {rule.type for rule in self.r.events for t in toks
                if t.text.islower() and (t.fold in rule.words.words
                                         or t.lemma in rule.words.words)}

    def _source_of_previous(self, s: Sentence, certainty: str, who: list[str]) -> None:
        """Who the sentence names says the facts of the sentence before: a claim there with
        no source gets these (a hedge stays alleged); one with a source gets another."""
        for ev in self.result.events:
            mine = [c for c in ev.claims if c.sentence == self.prev_sentence
                    and c.certainty != "denied"]
            if not mine or ev.type == EventType.STATEMENT:
                continue
            last = mine[-1]
            if not last.asserted_by:
                last.asserted_by = list(who)
                if last.certainty != "alleged":
                    last.certainty = certainty
                last.note = "review: the source is named in the sentence after"
            elif not any(c.asserted_by == who for c in ev.claims):
                ev.claims.append(FoundClaim(certainty, list(who), (s.start, s.end),
                                            "review: the source says again what the "
                                            "sentence before told"))

    def _parentheticals(self, s: Sentence, cands: list[_Candidate],
                        dates: list[tuple[int, int]]) -> list[_Paren]:
        """The clauses set between commas after a subject and before its verb: a comma,
        words with at least one lower-case word (not a list of names: "Blinken, Iwaya and
        Cho, met"), a comma, then a verb (a verb of the rules, or after an auxiliary)."""
        toks = s.tokens
        out: list[_Paren] = []
        plain_breaks = self.r.clause_breaks - self.r.relatives
        k = 1
        while k < len(toks):
            gap = self.text[toks[k - 1].end:toks[k].start]
            if gap.strip() != "," or toks[k].fold in _AND | plain_breaks or \
                    toks[k].start < self.dateline_end or \
                    gap == "," and toks[k - 1].text.isdigit() and toks[k].text.isdigit():
                # ("VLADIVOSTOK, 14 sept -"; "10,000 troops": a number's comma)
                k += 1
                continue
            # "The group, whose members include the United States, Japan and South Korea,
            # accused": the first comma followed by a verb closes it
            close = None
            for j in range(k + 1, min(k + 18, len(toks))):
                between = self.text[toks[j - 1].end:toks[j].start]
                if any(ch in between for ch in ";\"“”«»"):
                    break
                if between == "," and toks[j - 1].text.isdigit() and toks[j].text.isdigit():
                    continue  # "more than 10,000 troops": a number's comma
                if "," in between and self._verb_after(s, j, dates):
                    close = j
                    break
                if "," in between and toks[k].fold not in self.r.relatives:
                    break  # only a relative clause holds a list of its own
            words = [t for t in toks[k:close] if t.text[:1].islower()
                     and self.text[t.start - 1:t.start] != "-"
                     and t.fold not in _AND | self.r.articles] if close else []
            if close is None or not words:
                k += 1
                continue
            opened = toks[k - 1].end + gap.index(",")
            closed = toks[close - 1].end + self.text[toks[close - 1].end:].index(",")
            head = next((c for c in cands if c.end <= toks[k - 1].end
                         and not self.text[c.end:toks[k - 1].end].strip(" )(’'s")), None)
            out.append(_Paren(opened, closed, head))
            k = close + 1  # its closing comma opens no other
        return out

    def _verb_after(self, s: Sentence, v: int, dates: list[tuple[int, int]]) -> bool:
        """Token v starts a verb (auxiliaries, adverbs and a date may come first)."""
        toks = s.tokens
        close = v
        aux = False
        while v < len(toks) and v - close < 4 and (
                toks[v].fold in _AUXILIARIES | _PASSIVE_AUX | _ADVERBS | _CLITICS
                or toks[v].fold in self.r.negation.words or any(
                    # "Kim Yo Jong, the powerful sister of..., on Friday rejected"
                    a <= toks[v].start - s.start < b or toks[v].fold in _ON and
                    v + 1 < len(toks) and a <= toks[v + 1].start - s.start < b
                    for a, b in dates)):
            aux = aux or toks[v].fold in _AUXILIARIES | _PASSIVE_AUX
            v += 1
        # ", calling them absurd": a gerund is an adjunct, not the main clause's verb
        return v < len(toks) and toks[v].text[:1].islower() and (aux or (
            toks[v].fold in self._verbs or toks[v].lemma in self._verbs)
            and not toks[v].fold.endswith(_GERUNDS))

    def _paren_of(self, pos: int) -> _Paren | None:
        return next((p for p in self.parens if p.holds(pos)), None)

    def _paren_before(self, s: Sentence, i: int) -> _Paren | None:
        """The parenthetical closed just before token i (auxiliaries and adverbs between):
        token i is its head's verb."""
        for p in self.parens:
            j = s.token_at(p.end)
            if j <= i and i - j <= 4 and all(
                    t.fold in _AUXILIARIES | _PASSIVE_AUX | _ADVERBS | _CLITICS | _ON
                    or t.fold in self.r.negation.words or t.text[:1].isupper()
                    or t.text.isdigit() for t in s.tokens[j:i]):
                return p
        return None

    # --- agreements -----------------------------------------------------------------

    def _agreement(self, s: Sentence, named: list[Mention]) -> str | None:
        if named:
            self.last_agreement = named[0].target
            return named[0].target
        # by the word as written: "gli accordi firmati nel 1961" are other agreements
        refs = self.r.agreement_refs
        toks = s.tokens
        # "un accordo di cooperazione", "an agreement on": another agreement, not this one
        # (but "un traité de partenariat stratégique global" describes the graph's)
        named_words = self.lexicon.agreement_words() - {w[:6] for w in refs.words}
        if not any(t.fold in refs.words and not (
                k and toks[k - 1].fold in self.r.indefinite
                and not {x.fold[:6] for x in toks[k + 1:k + 5]} & named_words)
                   for k, t in enumerate(toks)) and \
                not any(f" {p} " in s.folded for p in refs.phrases):
            return None
        # (the states of the agreement word's part of the sentence, between commas: "Since
        # the pact was signed in June, Seoul says, ...": Seoul only reports)
        ref = next((k for k, t in enumerate(toks) if t.fold in refs.words), None)
        lo, hi = max(s.start, self.dateline_end), s.end
        if ref is not None:
            commas = [toks[k].start for k in range(1, len(toks))
                      if "," in self.text[toks[k - 1].end:toks[k].start]]
            lo = max([c for c in commas if c <= toks[ref].start] + [lo])
            hi = min([c for c in commas if c > toks[ref].start] + [hi])
        states = {m.target for m in self._mentions_in(lo, hi)
                  if not m.agreement and (info := self.lexicon.actors.get(m.target)) is not None
                  and info.kind == "state"}
        if self.last_agreement:
            g = self.lexicon.agreements.get(self.last_agreement)
            if g is not None and states - set(g.parties):
                return None  # "Poland and South Korea signed an agreement": another one
            return self.last_agreement
        # no agreement named yet: the graph's one whose parties this text names
        names = {m.target for m in self.mentions if not m.agreement}
        names |= {info.country for a in names
                  if (info := self.lexicon.actors.get(a)) is not None and info.country}
        for fits in ([g.id for g in self.lexicon.agreements.values()
                      if g.parties and set(g.parties) <= names],
                     [g.id for g in self.lexicon.agreements.values()
                      if set(g.parties) & names]):
            if len(fits) == 1:
                self.last_agreement = fits[0]
                self.result.review.append(
                    f"'{s.text[:40]}...': the agreement referred to is taken to be "
                    f"{fits[0]} (the graph's only one with these parties)")
                return fits[0]
            if len(fits) > 1:
                return None
        return None

    # --- attribution ----------------------------------------------------------------

    def _attribution(self, s: Sentence, cands: list[_Candidate]) -> tuple[
            list[_Candidate], str | None, list[_Candidate], list[str]]:
        r = self.r
        notes: list[str] = []
        hearsay = s.hits(r.hearsay)
        # "is estimated to have supplied", "are thought to have": a verb of saying in the
        # passive before an infinitive is hearsay, its subject the doer, no speaker
        passive_to = self.b.language == "en" and [
            i for i in s.hits(r.report) + s.hits(r.confirm)
            if 0 < i < len(s.tokens) - 1 and s.tokens[i + 1].fold == "to"
            and s.tokens[i - 1].fold in _PASSIVE_BEFORE["en"]]
        hearsay = sorted(set(hearsay) | set(passive_to or []))
        # a negation inside a quotation is the speaker's ("« Nous ne reculerons pas », a
        # déclaré"): it does not negate the verb of saying after it
        negated = [n for n in s.hits(r.negation) if not s.quoted(s.tokens[n].start)
                   # "No Kwang Chol said": a word of a person's name is no negation
                   and not ((m := self.mentions.at(s.tokens[n].start)) is not None
                            and _kind(self, m.target) == "person")]

        def cues(ws: WordSet, gerunds: bool = False) -> list[int]:
            return [i for i in s.hits(ws) if not s.quoted(s.tokens[i].start)
                    and (gerunds or not re.search(
                        r"(ando|endo|ing|ant)(la|lo|li|le|ne|si|gli)?$", s.tokens[i].fold)
                        # "responded by warning", "a réagi en affirmant": how one reacted
                        or any(s.tokens[k].fold in _REACTED or s.tokens[k].lemma in _REACTED
                               for k in range(max(0, i - 3), i)))
                    # "is said to have sent": hearsay, nobody named says it
                    and not any(0 <= i - h <= 2 for h in hearsay)
                    # "could not confirm": no confirmation ("X, which had declined to
                    # comment, confirmed": a negation of another clause)
                    and not any(0 < i - n <= 3 and "," not in self.text[
                        s.tokens[n].end:s.tokens[i].start] for n in negated)
                    # "Seoul's claims": a noun after a possessive
                    and not self.text[:s.tokens[i].start].endswith(("'s ", "’s "))
                    # "sans préciser leur nombre", "without specifying", "senza precisare":
                    # what was not said
                    and not (i > 0 and s.tokens[i - 1].fold in _WITHOUT)
                    # "the reports", "le notizie": a noun, not a verb of saying
                    # (a capitalised word inside the sentence is a name's: "Kim Jong Un,
                    # riferisce l'agenzia")
                    and not (i > 0 and (s.tokens[i - 1].fold in r.articles
                                        or s.tokens[i - 1].fold in _DETERMINERS
                                        or s.tokens[i - 1].fold in _NOUN_AFTER)
                             and (i == 1 or not s.tokens[i - 1].text[:1].isupper())
                             # "Lo riferisce l'agenzia": a clitic, not an article
                             and (i - 1) not in again)
                    # "held a phone call with Lavrov": a call, no verb of saying
                    and not (i > 0 and s.tokens[i - 1].fold in _CALL_KINDS)
                    # "Al Cremlino si parla di una visita", "si dice": an impersonal verb
                    # of saying, nobody named says it
                    and not (i > 0 and self.b.language == "it" and s.tokens[i - 1].fold == "si")
                    # "a déclaré que Moscou répondrait", "ha detto che Mosca risponderà":
                    # who would or will speak, in what is said, has not spoken
                    and not (s.tokens[i].text.islower() and len(s.tokens[i].text) > 5
                             and s.tokens[i].text.endswith(
                                 (r.future_endings or ("\0",))
                                 + (r.conditional_endings or ("\0",)))
                             and any(t.fold in _COMPLEMENTIZERS
                                     for t in s.tokens[max(0, i - 5):i]))
                    # "sources quoted by Reuters", "fonti citate dall'agenzia Yonhap":
                    # who quotes is no speaker
                    # (unless "as saying" follows: "Lavrov was quoted by TASS as saying")
                    and not (s.tokens[i].fold in _QUOTED and i + 1 < len(s.tokens)
                             and s.tokens[i + 1].fold in _QUOTED_BY
                             and not any(s.tokens[a].fold == "as" and a + 1 < len(s.tokens)
                                         and s.tokens[a + 1].fold in _AS_SAYING
                                         for a in range(i + 2, min(i + 12, len(s.tokens)))))
                    # "rejected reports that...": the object of a denial, a noun
                    and not (i > 0 and s.tokens[i].fold in r.report_nouns.words
                             and (i - 1) in denials)
                    # "called on its allies to respond", "esortato gli alleati a rispondere":
                    # an infinitive after a preposition is what someone is asked to do
                    and not self._infinitive(s, i)
                    # "is suspected of shipping", "è stato confermato.": a passive with no
                    # agent names nobody who says it (its subject is what is told)
                    and not (self._passive_participle(s, i)
                             and self._passive_by(s, i) is None
                             # ("was quoted as saying by KCNA")
                             and not any(t.fold in r.to_agent - _GENITIVE | {"as", "come"}
                                         for t in s.tokens[i + 1:i + 5]))]

        denials = set(s.hits(r.deny))
        again = set(s.hits(r.said_before))

        # "..., respingendo le accuse": a denial by the clause's subject
        confirm, report, deny = cues(r.confirm), cues(r.report), cues(r.deny, gerunds=True)
        # "urged its allies to respond with sanctions": an infinitive after "to" is what
        # is asked or meant, nobody says anything by it
        confirm = [i for i in confirm if not _infinitive_after_to(s, i)]
        report = [i for i in report if not _infinitive_after_to(s, i)
                  # "the missiles, which Pyongyang calls the Hwasong-11", "on what the
                  # Kremlin called an errand": a name given, nobody says anything
                  and not self._naming_relative(s, i)]
        clause_only = set(s.hits(r.report_before_clause))
        report = [i for i in report if i not in clause_only or _before_what_is_said(s, i)
                  # "«...», ha aggiunto Budanov", "..., a ajouté M. Rutte": after what
                  # is said
                  or self._after_quotation(s, i, quoted=False)]
        # '"...," he continued', "« ... », a-t-il poursuivi": only right after a quotation
        report = sorted(set(report) | {i for i in cues(r.report_after_quotation)
                                       if self._after_quotation(s, i)})
        # "Ukraine called on Seoul to...": who appeals does it, he reports nothing
        speech = set(s.hits(self._speech_phrases))
        # "told Beijing to rein in its ally", "ha avvertito Pyongyang di": an appeal
        # (a phrase's cue at its auxiliary: "ha detto", "a dit")
        report = [i for i in report if i not in speech and not any(
            self._tells_to_act(s, k) or self._insists_on_act(s, k)
            for k in range(i, min(i + 3, len(s.tokens))))]
        words = [i for i in s.hits(r.deny_words) if s.tokens[i].text[:1].islower()]
        # "said the claims were absurd", "les jugeant absurdes": a word of absurdity denies
        # only claims ("it was absurd to see the treaty as a threat" is a view; session 14)
        words = [i for i in words if s.tokens[i].fold not in _ABSURD or (
            s.unquoted_hits(r.report_nouns) or any(
                s.tokens[k].fold in _THEM or re.search(r"(ando|endo)(le|li|la|lo)$",
                                                       s.tokens[k].fold)
                or s.tokens[k].fold in _CLITICS and k + 1 < i
                and (s.tokens[k + 1].fold.endswith(_GERUNDS)
                     or s.tokens[k + 1].fold in _AUXILIARIES)
                for k in range(max(0, i - 4), i)))]
        # "«Non c'è alcun soldato nordcoreano in Russia», ha replicato", "there are no North
        # Korean troops in Russia": no troops, no arms where they were said to be, a denial
        words += self._none_of_them(s)
        if words:
            # (not a word of a name: "Center for Countering Disinformation")
            # "called the findings 'unfounded'", "voci infondate": the speaker denies. The
            # words are said by the nearest verb before them (or, with none before, the one
            # after: "« Des mensonges », a rétorqué X"); a verb of saying after them tells
            # the denial of another ("Pyongyang rejected it as "a fabrication", KCNA said",
            # "X ha definito le notizie «infondate», ha riferito la Tass": KCNA, Tass deny
            # nothing), and so does one before a verb of denial ("NIS said ..., a claim the
            # Kremlin dismissed as "another fake"")
            spoken = sorted(set(report) | set(deny))
            turned = []
            for w in words:
                earlier = [i for i in spoken if i < w]
                gov = earlier[-1] if earlier else next((i for i in spoken if i > w), None)
                if gov is not None and gov in report:
                    # (with its auxiliary when a phrase of the rules starts there: "ha
                    # detto" and "detto" are one verb)
                    turned += [k for k in report if _verb_start(s, gov) <= k <= gov]
            # ("en qualifiant ces accusations de « mensonges »", "calling them lies": a
            # gerund of saying before the words of denial denies too)
            if not deny:
                turned += [i for i, t in enumerate(s.tokens) if i not in report
                           and not s.quoted(t.start) and _gerund_of(t.fold, r.report.words)
                           and any(w > i for w in words)]
            deny = sorted(set(deny) | set(turned))
            report = [i for i in report if i not in turned]
        # (a word of stance that is also a verb of saying, "a salué", keeps reporting)
        stance = [i for i in self._stance_cues(s, cands, negated)
                  if not self._naming_relative(s, i)]
        # "voiced concern", "ha espresso «grave preoccupazione»", "a exprimé son
        # inquiétude": a declared feeling is a stance taken
        stance = sorted(set(stance) | {
            k for k, t in enumerate(s.tokens) if t.fold in _EXPRESS and not s.quoted(t.start)
            and any(u.fold in _EXPRESSED for u in s.tokens[k + 1:k + 5])})
        self.stance_cues = stance
        self.cue_starts = [s.tokens[i].start for i in confirm + report + deny]
        self.cue_tokens = sorted(confirm + report)
        self.report_tokens = sorted(report)
        self.deny_cues = deny
        self.cue_subjects = []
        # the sentence before's ("«...», ha aggiunto": the same one), or its one denier
        # ("Peskov a rejeté ces allégations. « ... », a-t-il poursuivi")
        prev_speakers = self.speakers or self.prev_deniers or self.prev_agents
        self.before_speakers = list({c.actor: c for c in prev_speakers}.values())

        self.confirmers: set[str] = set()  # who confirms, who says (by their verbs)
        self.reporters: set[str] = set()
        self.speakers = []
        self.stance_speakers = []
        self.speaker_groups: list[list[_Candidate]] = []  # one per verb: "A and B voiced"
        self.denial = False
        # a quotation that is what is said: it opens the sentence, follows a colon or a
        # comma ('said: "..."') or its verb ('called the treaty "..."'); not a few words
        # quoted inside a told fact ('pledged "invariable support" ..., the agency said':
        # the agency reports the pledge)
        self.speech_only = not confirm and not deny and any(
            not _WORD.search(before := self.text[max(s.start, self.dateline_end):a].strip())
            or before.endswith((":", ","))
            or any(0 < s.token_at(a) - v <= 3 for v in report) for a, _ in s.quotes)
        # "un secondo contingente": an ordinal after an article, not "according to"
        according = [i for i in s.hits(r.according_to) if not (
            i > 0 and s.tokens[i - 1].fold in r.articles | _ARTICLE_WORDS | _INDEFINITE)
            # "le notizie secondo cui", "les informations selon lesquelles": a relative
            and not (i + 1 < len(s.tokens) and s.tokens[i + 1].fold in _RELATIVE_AFTER)]
        # "Per Mosca, si tratta di «fake news»", "Pour Moscou, ...", "For Seoul, ...": at the
        # sentence's start and closed by a comma, whose view it is
        opening = s.token_at(max(s.start, self.dateline_end))
        if opening < len(s.tokens) - 2 and s.tokens[opening].fold in {"per", "pour", "for"} and \
                s.tokens[opening].text[:1].isupper() and any(
                    c.start > s.tokens[opening].start and s.token_at(c.start) - opening <= 3
                    and "," not in self.text[s.tokens[opening].end:c.start] for c in cands):
            according.append(opening)
        # "des ingénieurs travailleraient", "Mosca invierebbe": the conditional of any verb
        # outside a quotation is hearsay, as "aurait", "avrebbe" are (not a modal)
        # "supplied missiles, which were presumably used in strikes on Kharkiv": a hedge
        # in a relative clause that tells no fact of the model hedges that clause only
        alleged = any(not self._in_relative(s, k) or self._relative_tells(s, k)
                      for k in s.hits(r.allege)) or bool(r.conditional_endings) and any(
            t.text.islower() and len(t.fold) > 6 and t.fold.endswith(r.conditional_endings)
            and t.fold not in r.conditional_not and not s.quoted(t.start)
            and not self._in_relative(s, k) for k, t in enumerate(s.tokens))
        asserters: list[_Candidate] = []
        deniers: list[_Candidate] = []
        certainty: str | None = None
        for i in according:
            pro = i + 1
            while pro < len(s.tokens) - 1 and s.tokens[pro].fold in _ACCORDING_WORDS:
                pro += 1  # "according to"
            if pro < len(s.tokens) and s.tokens[pro].fold in _OBJECT_PRONOUNS:
                # "Selon lui, Pyongyang aurait...", "According to him, ...": opening the
                # sentence, the person who spoke before
                person = next((c for c in reversed(self.sources)
                               if _kind(self, c.actor) == "person"), None)
                if person is not None and s.tokens[i].start <= max(s.start, self.dateline_end) \
                        and self.text[s.tokens[pro].end:].lstrip().startswith(","):
                    asserters.append(_Candidate(person.actor, s.tokens[pro].start,
                                                s.tokens[pro].end, "anaphor"))
                    certainty = certainty or "reported"
                continue  # "contraires selon lui aux sanctions": the subject's own view
            comma = self.text.find(",", s.tokens[i].end, s.end)
            # "according to a statement released by the Kremlin", "selon un communiqué du
            # ministère": the source after the document
            doc = self._past_document(s, pro)
            if doc > pro:
                i = doc - 1
            after = [c for c in cands if c.start >= s.tokens[i].end
                     and s.token_at(c.start) - i <= 6
                     # "Selon le NIS, Pyongyang aurait...": who is told of after the
                     # phrase's comma is not the source
                     and (comma < 0 or c.start < comma or comma < s.tokens[i].end + 2)]
            ref = self._according_back(s, i)
            if ref is not None:
                asserters.append(ref)
                certainty = certainty or "reported"
                continue
            src = self._unnamed_source(s, i + 1, forward=True)
            # "secondo fonti militari sudcoreane": the source, not its adjective
            after = [c for c in after if (c.start, c.end) not in self.consumed]
            who = src if src and (not after or src[0].start <= after[0].start or (
                # "a report by Japan's Kyodo news agency": the owner's source speaks
                self.text[after[0].end:src[0].start].strip(" '’s") == "")) else \
                after[:1] or src
            if not who:
                # "selon le porte-parole de la diplomatie américaine Matthew Miller": a
                # person after the whole of a long title
                who = [c for c in cands if c.start >= s.tokens[i].end
                       and s.token_at(c.start) - i <= 14 and _kind(self, c.actor) == "person"
                       and "," not in self.text[s.tokens[i].end:c.start]][:1]
            if who and words and not [c for c in report + deny if not 0 <= c - i <= 3]:
                # "Pour Moscou, il s'agit de « fausses informations »", "Secondo il Cremlino
                # le notizie sono infondate": whose words deny
                deniers += self._coordinated(s, cands, who[0], forward=True)
                self.denial = True
            elif who:
                asserters += self._coordinated(s, cands, who[0], forward=True)
                certainty = certainty or "reported"
        credit = self._credit(s)
        if credit is not None:
            credited = self.mentions.at(s.tokens[credit[0]].start)
            # ("in Vladivostok (Russia)": a place, no source)
            if credited is not None and not credited.agreement and \
                    _kind(self, credited.target) != "state":
                asserters.append(_Candidate(credited.target, credited.start, credited.end,
                                            credited.kind))
                certainty = certainty or "reported"
        by_according = list(asserters)
        for idxs, kind in ((confirm, "confirmed"), (report, "reported"), (deny, "denied")):
            for i in idxs:
                first = i
                while first > 0 and s.tokens[first - 1].fold in _AUXILIARIES:
                    first -= 1
                cited = next((a for a in according if 0 < a < i
                              and self.text[:s.tokens[a].start].rstrip().endswith(",")
                              and self.text[s.tokens[a].end:s.tokens[first].start].count(",")
                              == 1 and self.text[:s.tokens[first].start].rstrip()
                              .endswith(",")), None)
                if cited is None and any(0 <= i - a <= 3 for a in according):
                    continue  # "secondo quanto riferito da X": one attribution
                subject = self._subject(s, cands, i)
                if self._subject_across_that(s, subject, i, report + confirm + deny + stance):
                    continue
                if subject is not None and s.quoted(subject.start):
                    # '"... our Russian comrades," Kim said': a name in the quotation is
                    # no one who says it
                    subject = None
                # (from the verb back past its auxiliary: "e ha definito", not "è" folded)
                and_k = i - 1
                while and_k > 0 and s.tokens[and_k].text.lower() not in _AND and \
                        s.tokens[and_k].fold in _AUXILIARIES | _ADVERBS | _MID_ADVERBS:
                    and_k -= 1
                # (a name right after the verb is what is said: "and said Washington was")
                if and_k > 0 and s.tokens[and_k].text.lower() in _AND and subject is not None and \
                        (subject.start < s.tokens[and_k].start
                         or subject.start > s.tokens[i].start and not s.quotes):
                    # "Zelensky thanked South Korea for its support and said he hoped...":
                    # the subject of the first verb, not the name before "and"
                    lead = next((c for c in cands if c.kind not in ("source", "demonym")
                                 and not s.quoted(c.start)
                                 and self._paren_of(c.start) is None), None)
                    if lead is not None and lead.start < subject.start and not any(
                            t.fold in _AND | {","} for t in s.tokens[
                                s.token_at(lead.end):s.token_at(subject.start)]
                            if t.fold in _AND):
                        subject = lead
                if subject is not None and self.b.language == "en" and \
                        subject.start > s.tokens[i].start and \
                        s.tokens[i].fold in self.r.spoken_to and \
                        self._word_before_title_at(s, subject) == i:
                    subject = None  # '"...," Kim told Putin': whom he told, not who told
                paren = self._paren_before(s, i) if self._paren_of(s.tokens[i].start) is None \
                    else None
                if paren is not None and paren.head in cands and paren.head is not subject \
                        and (subject is None or subject.start > s.tokens[i].start) \
                        and len(_WORD.findall(self.text[paren.start:paren.end])) <= 4 \
                        and s.token_at(paren.head.start) - s.token_at(
                            max(s.start, self.dateline_end)) <= 2:
                    # (the clause's head opens the sentence: not "The dispatch of troops to
                    # Russia, first reported by Seoul, was confirmed by NATO")
                    # "Le Kremlin, de son côté, a salué la « retenue » de Pékin": the
                    # clause's head before the aside, not a name after the verb
                    subject = paren.head
                if cited is not None:
                    # "Yonhap, citing a government source, said", "L'agenzia Yonhap,
                    # citando fonti governative, ha riferito": who cites says it too
                    subject = self._citer(s, cands, cited)
                if subject is None and kind == "reported":
                    # "«...», ha aggiunto.": the one speaker of the sentence before
                    subject = self._unsaid_speaker(s, cands, i, prev_speakers)
                if subject is None:
                    subject = self._unsaid_subject(s, i)
                if subject is None or (subject.kind == "demonym" and
                                       (subject.start, subject.end) in self.consumed):
                    continue  # "secondo stime dell'intelligence sudcoreana rese note": the
                    # adjective is the source's, already read
                # "confirmed by NATO and the Pentagon", "said X and Y": a subject after
                # the verb joins the names after it
                group = self._coordinated(s, cands, subject,
                                          forward=subject.start >= s.tokens[i].end)
                self.cue_subjects.append((i, subject))
                if kind == "denied":
                    deniers += group
                    self.denial = True
                    continue
                asserters += group
                (self.confirmers if kind == "confirmed" else self.reporters).update(
                    c.actor for c in group)
                # ("Lavrov was quoted by TASS as saying": the one quoted speaks)
                quoted_saying = s.tokens[i].fold in _QUOTED and any(
                    s.tokens[a].fold == "as" and a + 1 < len(s.tokens)
                    and s.tokens[a + 1].fold in _AS_SAYING
                    for a in range(i + 2, min(i + 12, len(s.tokens))))
                if kind == "reported" and (quoted_saying or not (
                        i + 1 < len(s.tokens) and s.tokens[i + 1].fold in _BARE_BY
                        # ("responded by warning": how one responded, no agent)
                        and not (i + 2 < len(s.tokens)
                                 and s.tokens[i + 2].fold.endswith("ing")))) \
                        and not (s.tokens[i].text.islower() and len(s.tokens[i].text) > 5
                                 and s.tokens[i].text.endswith(r.future_endings or ("\0",))) \
                        and not any(0 < i - k <= 2 and not s.quoted(s.tokens[k].start)
                                    for k in s.hits(r.future) + s.hits(r.intent)) \
                        and not (i > 0 and s.tokens[i - 1].fold in _TO_INFINITIVE):
                    # ("had nothing to add", "non ha nulla da aggiungere": no one spoke)
                    # "Kim, quoted by state media, called...": who quotes is no speaker; nor
                    # who will speak ("che Washington risponderà"): he has not yet
                    self.speakers += group
                    self.speaker_groups.append(group)
                    if i in stance:
                        self.stance_speakers += group
                if kind == "confirmed" or certainty is None:
                    certainty = kind
        for i in [i for i in stance if i not in report and i not in deny]:
            # "Cho welcomed the report", "Il governo ha espresso «preoccupazione»": who takes
            # the stance speaks; he asserts nothing else the sentence tells
            paren = self._paren_before(s, i) if self._paren_of(s.tokens[i].start) is None \
                else None
            # "Kim, citato dall'agenzia Kcna, ha promesso": the clause's head takes it
            subject = paren.head if paren is not None and paren.head in cands else \
                self._subject(s, cands, i)
            if i >= 2 and s.tokens[i - 1].fold in _IN_WHICH and \
                    s.tokens[i - 2].fold in _IN_WHICH_PREP:
                # "ha diffuso una nota in cui definisce", "a statement in which it calls":
                # who published the text speaks in it
                subject = next(iter(self._publisher(s, cands)), subject)
            if subject is not None and paren is None:
                subject = self._lead_before_and(s, cands, i, subject)
            if self._subject_across_that(s, subject, i, report + confirm + deny + stance):
                continue
            if subject is None or subject.kind == "source" or (
                    subject.kind == "demonym" and (subject.start, subject.end) in self.consumed):
                continue
            group = self._coordinated(s, cands, subject,
                                      forward=subject.start >= s.tokens[i].end)
            known = {c.actor for c in self.speakers}
            self.speakers += [c for c in group if c.actor not in known]
            self.stance_speakers += [c for c in group if c.actor not in known]
            self.speaker_groups.append([c for c in group if c.actor not in known])
        if not self.speakers and not deniers:
            # 'Zelensky put it bluntly: "..."', "ha lanciato un avvertimento agli alleati:
            # “...”", "Pour X, le message est clair : « ... »": a quotation after a colon, with
            # no verb of saying, is said by the one named before the colon
            colon = self._colon_speaker(s, cands)
            if colon is not None:
                self.speakers.append(colon)
                self.speaker_groups.append([colon])
                asserters.append(colon)
                certainty = certainty or "reported"
        self.according_speech = False
        # (a view opening the sentence, "Per Mosca,"; not "according to" opening it with a
        # few words quoted: "Secondo Choe, l'amicizia è «invincibile»", "Selon lui, ce
        # traité est « pacifique et défensif »" give none, no direct quotation)
        view = opening in according and s.tokens[opening].fold in {"per", "pour", "for"}
        if not self.speakers and not deniers and by_according and not confirm \
                and not [i for i in report if not any(0 <= i - a <= 3 for a in according)] \
                and any(len(_WORD.findall(self.text[a:b])) >= 4
                        # "Pour Kiev, il s'agit d'une « escalade dangereuse »", "Per Mosca,
                        # si tratta di «fake news»": a view given as its holder's, in a few
                        # words quoted
                        or view for a, b in s.quotes):
            # "Secondo il portavoce del Cremlino Peskov, i rapporti con Pyongyang «non sono
            # rivolti contro nessuno»": the words quoted are the source's own, who speaks
            # (when no other fact is told)
            who = [c for c in by_according if c.kind not in ("source", "anaphor")]
            # (not when the reporter's words around it tell a past fact: "le parti hanno
            # discusso «l'attuazione degli accordi»")
            gaps, at = [], max(c.end for c in by_according)
            for a, b in sorted(s.quotes):
                if a > at:
                    gaps.append((at, a))
                at = max(at, b)
            gaps.append((at, s.end))
            if who and not self._tells_past(s, gaps):
                self.speakers += who
                self.speaker_groups.append(who)
                self.according_speech = True
        named = [c for c in asserters if c.kind != "anaphor"]
        if not named:
            named = self._publisher(s, cands)
        if named:
            self.last_source = named[-1]
            self.sources += named
        if hearsay and certainty is None:
            certainty = "reported"
            notes.append("reported by someone the text does not name")
        if alleged:
            certainty = "alleged"
            notes.append("hedged in the text (alleged)")
        if deniers and (self._remark_rejected(s) or self._nothing_to_deny(s)):
            # "The Kremlin dismissed Zelensky's remarks as hysteria", "ha respinto le parole
            # di Sybiha", "a rejeté les propos de Kiev": a rejection of words, no fact of the
            # model denied, is the rejecter's declaration (GUIDELINES: a stance that is
            # itself the news; session 14, round 2)
            group = list({c.actor: c for c in deniers}.values())
            self.speakers += group
            self.stance_speakers += group
            self.speaker_groups.append(group)
            asserters += group
            deniers = []
            self.denial = False
            certainty = certainty or "reported"
        self.prev_deniers = list({c.actor: c for c in deniers}.values())
        if certainty is None and not asserters and not deniers:
            return [], None, [], notes
        return asserters, certainty, deniers, notes

    def _war_of(self, s: Sentence, c: _Candidate) -> bool:
        """Name c is whose war it is: after a noun of war and a genitive ("della guerra
        della Russia", "de la guerre de la Russie", "the war of Russia") or before "'s war"
        ("Russia's war")."""
        if re.match(r"['’]s\s+(war|aggression|invasion)\b", self.text[c.end:c.end + 16]):
            return True
        i = s.token_at(c.start) - 1
        while i >= 0 and s.tokens[i].fold in _ARTICLE_WORDS | self.r.articles:
            i -= 1
        if i < 1 or s.tokens[i].fold not in _GENITIVE | {"d"}:
            return False
        i -= 1
        while i >= 0 and s.tokens[i].fold in _ARTICLE_WORDS | self.r.articles:
            i -= 1
        return i >= 0 and s.tokens[i].fold in _WAR_NOUNS

    def _troop_nouns(self) -> frozenset[str]:
        """The nouns of troops a deployment or military help needs ("soldiers",
        "militari", "soldats"), built once per language."""
        if self.r.language not in _TROOP_NOUNS:
            _TROOP_NOUNS[self.r.language] = frozenset(
                w for rule in self.r.events
                if rule.type in (EventType.DEPLOYMENT, EventType.MILITARY_ASSISTANCE)
                for w in rule.needs.words)
        return _TROOP_NOUNS[self.r.language]

    def _naming_relative(self, s: Sentence, i: int) -> bool:
        """The verb at token i names a thing in a relative clause whose object pronoun
        opens it, the subject between ("which Pyongyang calls the Hwasong-11", "what the
        Kremlin called an errand", "che Pyongyang chiama", "que Pyongyang appelle"): a name
        given, no act of saying (statements round of session 15)."""
        toks = s.tokens
        t = toks[i]
        if t.fold not in _NAMING_VERBS and t.lemma not in _NAMING_VERBS:
            return False
        j = i - 1
        while j >= 0 and i - j <= 6 and toks[j].fold not in _NAMING_RELATIVES:
            if toks[j].fold in _COMPLEMENTIZERS - _NAMING_RELATIVES or "," in self.text[
                    toks[j].end:toks[j + 1].start]:
                return False
            j -= 1
        if j < 0 or i - j > 6 or toks[j].fold not in _OBJECT_RELATIVES:
            return False
        # a name after the verb ("calls the Hwasong-11", "appelle Hwasong-11"), not a
        # judgment ("which Putin called a breakthrough": his words)
        k = i + 1
        if k < len(toks) and toks[k].fold in _ARTICLE_WORDS | self.r.articles:
            k += 1
        if k >= len(toks) or not toks[k].text[:1].isupper():
            return False
        # a subject named between the pronoun and the verb ("which Pyongyang calls"), not
        # the verb right after it ("the pact, which called for...": its own subject)
        return j + 1 < i and self.mentions.at(toks[j + 1].start) is not None or any(
            self.mentions.at(toks[k].start) is not None for k in range(j + 1, i))

    def _nothing_to_deny(self, s: Sentence) -> bool:
        """A quotation with words of denial ("«These are fantasies»", "« C'est un
        mensonge »") when nothing could be denied: no event of the model told before in
        the text (statements at most) and no word of one in the sentence. Words dismissed
        with no fact to deny are the speaker's declaration (statements round of session
        15)."""
        if not s.quotes or any(e.type != EventType.STATEMENT for e in self.result.events):
            return False
        # (news or reports named are what is denied: "definendo le notizie «prive di
        # fondamento»", "ces informations sont des « fake news »")
        if s.unquoted_hits(self.r.report_nouns):
            return False
        # (nor troops or arms named before: "«Sono pure menzogne», ha replicato" after
        # soldiers said to be in Kursk denies their presence)
        moved = _contested_words(self.r)[0]
        if {fold_key(w) for w in _WORD.findall(self.text[:s.start])} & moved:
            return False
        cues = set(self.cue_tokens) | set(self.deny_cues)
        return not any(h not in cues for rule in self.r.events
                       if rule.type != EventType.STATEMENT for h in s.hits(rule.words))

    def _subject_across_that(self, s: Sentence, subject: _Candidate | None, i: int,
                             cues: list[int]) -> bool:
        """The subject found for the verb of saying or stance at token i is the object of
        another such verb before it, with "that" between ("warned Beijing that the alliance
        threatened China's interests", "told Japan that the pact threatened Asia"): the
        verb is in what is said, its subject is not that name (statements round of session
        15)."""
        if subject is None or subject.end > s.tokens[i].start:
            return False
        j = s.token_at(subject.end - 1)
        if not any(s.tokens[k].fold in _COMPLEMENTIZERS for k in range(j + 1, i)):
            return False
        return any(c < i and s.tokens[c].end <= subject.start for c in cues)

    def _remark_rejected(self, s: Sentence) -> bool:
        """A verb of denial whose object is someone's words ("dismissed Zelensky's remarks",
        "rejected the comments by Sybiha", "ha respinto le parole di Sybiha", "a rejeté
        les propos de Kiev"), with no claim, report or fact named beside them."""
        toks = s.tokens
        for i in self.deny_cues:
            for k in range(i + 1, min(i + 6, len(toks))):
                # (a noun after an article, a determiner or a possessive: not "porte-parole")
                if toks[k].fold in _REMARK_NOUNS and not s.quoted(toks[k].start) and (
                        toks[k - 1].fold in self.r.articles | _ARTICLE_WORDS | _DETERMINERS
                        | _POSSESSIVES_ALL | _POSSESSIVES
                        or self.text[toks[k - 1].end:toks[k].start] in ("'s ", "’s ")
                        or toks[k - 1].fold == "s"
                        and self.text[toks[k - 1].start - 1] in "'’"):
                    # (the words of one who told a fact of the model before, "le Kremlin a
                    # rejeté les propos de Kiev" after Kyiv's report of the troops: that
                    # fact denied)
                    lo, hi = toks[i].end, toks[min(k + 4, len(toks) - 1)].end
                    owners = {m.target for m in self.mentions.within(lo, hi)}
                    told = any(e.type in CONTESTED and owners & {
                        a for c in e.claims if c.certainty != "denied" for a in c.asserted_by}
                        for e in self.result.events)
                    return not told and not s.unquoted_hits(self.r.report_nouns) and not any(
                        s.tokens[j].fold in _COMPLEMENTIZERS for j in range(k + 1, min(
                            k + 3, len(toks))))
                if toks[k].fold in self.r.clause_breaks or toks[k].fold in _COMPLEMENTIZERS:
                    break
        return False

    def _colon_speaker(self, s: Sentence, cands: list[_Candidate]) -> _Candidate | None:
        """Who says a quotation opened right after a colon when no verb of saying names a
        speaker: the first person named before the colon, else the first actor there that
        is no adjective, place or one spoken to ("a lanciato un avvertimento agli alleati")."""
        lead_start = max(s.start, self.dateline_end)
        at = next((a for a, b in s.quotes
                   if self.text[lead_start:a].rstrip().endswith(":")
                   and len(_WORD.findall(self.text[a:b])) >= 3), None)
        if at is None:
            return None
        before = [c for c in cands if lead_start <= c.start and c.end <= at
                  and c.kind not in ("source", "demonym", "pair")
                  and (c.start, c.end) not in self.consumed
                  and self._word_before_title(s, c) not in self.r.spoken_to]
        person = next((c for c in before if _kind(self, c.actor) == "person"), None)
        return person or next((c for c in before if c.kind != "capital"), None)

    def _relative_subject(self, s: Sentence, cands: list[_Candidate], i: int) -> _Candidate | None:
        """The name before ", who", ", qui", ", che" that opens the verb at token i (its
        auxiliaries between): "held talks with Kim Jong Un, who hailed...", "ha incontrato
        Kim, che ha elogiato...", "s'est entretenu avec Kim, qui a salué..."."""
        first = _verb_start(s, i)
        k = first - 1
        while k > 0 and (s.tokens[k].fold in _ADVERBS | _MID_ADVERBS
                         or s.tokens[k].fold in self.r.negation.words):
            k -= 1
        if k < 1 or s.tokens[k].fold not in self.r.relatives or \
                s.tokens[k].fold in self.r.object_relatives or \
                self.text[s.tokens[k - 1].end:s.tokens[k].start].strip() != ",":
            return None
        head = next((c for c in cands if c.end <= s.tokens[k].start
                     and not self.text[c.end:s.tokens[k].start].strip(" ,)’'s")), None)
        return head if head is not None and head.kind not in ("source", "pair") else None

    def _stance_cues(self, s: Sentence, cands: list[_Candidate], negated: list[int]) -> list[int]:
        """The words of a stance taken (`stance`: "welcomed", "ha ringraziato", "a exprimé")
        that make their subject a speaker: not negated, not inside a quotation, and not
        before a person greeted or praised in person ("welcomed Kim at the airport"; whom one
        thanks, after a word of `spoken_to`, is the addressee)."""
        out = []
        for i in s.hits(self.r.stance):
            t = s.tokens[i]
            if s.quoted(t.start) or any(0 < i - n <= 3 for n in negated):
                continue
            if i > 0 and s.tokens[i - 1].fold in self.r.articles | _DETERMINERS and \
                    " " not in t.fold:
                continue  # "était une menace", "a welcome step": a noun, no stance taken
            if re.search(r"(ando|endo|ing|ant)(la|lo|li|le|ne|si|gli)?$", t.fold) and not any(
                    s.tokens[k].fold in _REACTED or s.tokens[k].lemma in _REACTED
                    for k in range(max(0, i - 3), i)):
                # ", definendola «...»": a gerund, an adjunct of another verb (not how one
                # reacted: "a réagi en promettant une « réponse »", "responded by warning")
                continue
            nxt = next((c for c in cands if c.start >= t.end), None)
            if nxt is not None and s.token_at(nxt.start) - i <= 2 and \
                    t.fold not in self.r.spoken_to and _kind(self, nxt.actor) == "person":
                continue
            if self._greeted_by_person(s, i):
                continue  # "was welcomed in Pyongyang by Choe": greeted in person
            if (t.fold in _GREET or t.lemma in _GREET) and i + 1 < len(s.tokens) and \
                    s.tokens[i + 1].text[:1].isupper() and not (
                        # ("welcomed Seoul's firm stance": whose stance, no one greeted)
                        nxt is not None and _kind(self, nxt.actor) != "person"
                        and self.text[nxt.end:nxt.end + 2] in ("'s", "’s")):
                continue  # "welcomed North Korean leader Kim", "a salué Kim Jong Un"
            out.append(i)
        return out

    def _greeted_by_person(self, s: Sentence, h: int) -> bool:
        """ "Lavrov was welcomed in Pyongyang by Choe", "he was greeted by Kim on
        Thursday": a passive of greeting (English) whose subject and agent are people named
        (or a pronoun for one) is a welcome in person, a meeting, even with no airport named
        (not "the deal was welcomed by Kim": a stance on a thing)."""
        if self.b.language != "en":
            return False
        toks = s.tokens
        t = toks[h]
        if not (t.fold in _GREET_PASSIVE or t.lemma in _GREET_PASSIVE) or h < 2:
            return False
        k = h - 1
        while k > 0 and (toks[k].fold in _ADVERBS | _MID_ADVERBS or
                         toks[k].fold.endswith("ly") and toks[k].text.islower()):
            k -= 1  # "was warmly welcomed"
        if toks[k].fold not in _PASSIVE_BEFORE["en"]:
            return False
        subject = [m for m in self.mentions.within(max(s.start, self.dateline_end),
                                                   toks[k].start)
                   if not m.agreement and (m.start, m.end) not in self._owners]
        if not subject or _kind(self, subject[-1].target) != "person" or \
                self.text[subject[-1].end:toks[k].start].strip(" ,") and \
                s.token_at(subject[-1].end - 1) + 1 < k - 1:
            return False  # ("Kim's proposal was welcomed by"; the subject right before)
        for b in range(h + 1, min(h + 7, len(toks) - 1)):
            if "," in self.text[toks[b - 1].end:toks[b].start] or toks[b].fold in _AND:
                return False
            if toks[b].fold == "by":
                agent = next((m for m in self.mentions.within(toks[b].end, s.end)
                              if not m.agreement), None)
                return agent is not None and _kind(self, agent.target) == "person" and \
                    s.token_at(agent.start) - b <= 5 and agent.target != subject[-1].target
        return False

    def _unsaid_speaker(self, s: Sentence, cands: list[_Candidate], i: int,
                        before: list[_Candidate]) -> _Candidate | None:
        """ "«L'Italia non resterà a guardare», ha aggiunto.": a verb of saying right after
        a quotation, with no one named after it, is the speaker of the sentence before (a
        subject left unsaid); None when that sentence had no one speaker."""
        # ("«...», ha aggiunto il ministro.", "a précisé la porte-parole": a title alone
        # after the verb refers back to him too)
        rest = s.tokens[i + 1:]
        before = list({c.actor: c for c in before}.values())  # one speaker named twice
        if len(before) != 1 or not self._after_quotation(s, i) or rest and not (
                rest[-1].fold in self.r.title_words and all(
                    t.fold in self.r.articles | _ARTICLE_WORDS | self.r.title_words
                    | _TITLE_NOUNS for t in rest)) and not self._adjunct_only(s, i):
            return None
        t = s.tokens[i]
        return _Candidate(before[0].actor, t.start, t.end, "pronoun")

    def _adjunct_only(self, s: Sentence, i: int) -> bool:
        """After the verb of saying at token i only a phrase of its circumstances ("ha
        detto nel suo videomessaggio serale", "he said in a televised address", "a-t-il
        déclaré lors d'une conférence de presse", "ha detto ai giornalisti"): a preposition
        first, no capitalised word and no name in it."""
        rest = s.tokens[i + 1:]
        return bool(rest) and (rest[0].fold in _PREPOSITIONS | _TO_AUDIENCE | {
            "during", "durante", "lors", "pendant", "on", "after", "dopo", "apres"}) and \
            not any(t.text[:1].isupper() for t in rest) and \
            not self._mentions_in(rest[0].start, s.end)

    def _after_quotation(self, s: Sentence, i: int, quoted: bool = True) -> bool:
        """The verb of saying at token i (its auxiliaries before it) comes right after a
        quotation and its comma ("«...», ha aggiunto", '"...," he added'); with ``quoted``
        False, after any clause and its comma ("..., a ajouté M. Rutte")."""
        first = i
        # ("a-t-il ajouté": the inverted pronoun is the subject left unsaid)
        while first > 0 and (s.tokens[first - 1].fold in _AUXILIARIES | {"t"} or (
                s.tokens[first - 1].fold in self.r.subject_pronouns
                and self.text[s.tokens[first - 1].start - 1] == "-")):
            first -= 1
        # ('"...," he continued', '"...," the minister went on': the subject before the verb)
        k = first
        while k > 0 and first - k < 6 and (
                s.tokens[k - 1].fold in self.r.subject_pronouns | self.r.articles
                | self.r.title_words or s.tokens[k - 1].text[:1].isupper()) and \
                not self.text[s.tokens[k - 1].end:s.tokens[k].start].strip():
            k -= 1
        if k < first and self.text[s.start:s.tokens[k].start].rstrip().endswith(
                ("»,", "\",", "”,", ",»", ",\"", ",”", "’,", ",’")):
            return True
        lead = self.text[s.start:s.tokens[first].start].rstrip()
        if not quoted:
            return lead.endswith(",")
        return lead.endswith(("»,", "\",", "”,", ",»", ",\"", ",”"))

    def _publisher(self, s: Sentence, cands: list[_Candidate]) -> list[_Candidate]:
        """ "The Kremlin issued a statement", "l'Otan a publié un communiqué": who
        publishes a report is the source "the statement", "according to the report" refer
        to later (the sentence itself asserts nothing)."""
        toks = s.tokens
        for i, t in enumerate(toks):
            if t.fold not in _PUBLISH and t.lemma not in _PUBLISH:
                continue
            if not any(toks[k].fold in self.r.anaphors or toks[k].lemma in self.r.anaphors
                       for k in range(i + 1, min(i + 4, len(toks)))):
                continue
            who = self._subject(s, cands, i)
            if who is not None and who.start < t.start and who.kind != "anaphor":
                return [who]
        return []

    def _denied_after(self, s: Sentence, ev: FoundEvent) -> bool:
        """Every denial of the sentence is in a relative clause after the event's
        ("Pyongyang a fourni des missiles à Moscou, ce que le Kremlin a toujours nié",
        "..., which Moscow denies", "..., cosa che il Cremlino nega"): the fact's own clause
        is still told."""
        if not self.deny_cues:
            return False
        opens = self.r.relatives | self.r.object_relatives | {"ce", "cio", "cosa", "il"}
        for d in self.deny_cues:
            comma = self.text.rfind(",", ev.trigger[1], s.tokens[d].start)
            if comma < 0:
                return False
            k = s.token_at(comma)
            if k < d and s.tokens[k].fold in self.r.articles | _INDEFINITE:
                k += 1  # ", a claim denied by Moscow", ", une information démentie"
            if k < d and (s.tokens[k].fold in self.r.report_nouns.words
                          or s.tokens[k].fold in {"notizia", "notizie", "information"}):
                continue  # ", notizia poi smentita da Mosca": an apposition
            if k >= d or s.tokens[k].fold not in opens or (
                    s.tokens[k].fold == "il" and s.tokens[k + 1].fold != "che"):
                return False  # ("il che" only: not ", il Cremlino ha smentito")
        return True

    def _aside_before(self, s: Sentence, first: int) -> _Candidate | None:
        """The unnamed source before an aside that opens with a gerund and ends right
        before the verb at token ``first``: "Un haut responsable américain, s'exprimant
        sous couvert d'anonymat, a confirmé", "officials, speaking on condition of
        anonymity, said"."""
        lo = max(s.start, self.dateline_end)
        before = self.text[lo:s.tokens[first].start].rstrip()
        if not before.endswith(","):
            return None
        opening = before[:-1].rfind(",")
        if opening < 0:
            return None
        k = s.token_at(lo + opening + 1)
        if k in s.hits(self.r.according_to):
            return None  # ", citing X,": who cites and X both speak
        if k >= first or not (s.tokens[k].fold.endswith(_GERUNDS) or (
                s.tokens[k].fold in _CLITICS | {"s"} and k + 1 < first
                and s.tokens[k + 1].fold.endswith(_GERUNDS))):
            return None
        src = self._unnamed_source(s, k - 1, forward=False)
        return src[0] if src else None

    def _unsaid_subject(self, s: Sentence, i: int) -> _Candidate | None:
        """The source named before, as the subject of the verb of saying at token i when
        the sentence names none: a pronoun ("It added that...", "They said"), a French
        inverted one ("..., a-t-il ajouté", "précise-t-elle"), or none at all in Italian
        ("..., ha poi aggiunto.")."""
        if self.last_source is None:
            return None
        toks = s.tokens
        first = i
        while first > 0 and toks[first - 1].fold in _AUXILIARIES | _ADVERBS:
            first -= 1
        last = self.last_source
        pro: Token | None = None
        if first == 1 and toks[0].fold in {"it", "they"}:
            pro = toks[0]  # "It added that"
        else:
            # "a-t-il ajouté", "ajoute-t-il", "précise-t-elle": the pronoun after a hyphen
            for k in range(max(1, i - 2), min(len(toks), i + 3)):
                if toks[k].fold in {"il", "elle", "ils", "elles"} and \
                        self.text[toks[k - 1].end:toks[k].start] == "-":
                    pro = toks[k]
                    break
            if pro is None and self.b.language == "it" and first > 0 and \
                    self.text[:toks[first].start].rstrip().endswith(",") and \
                    (i + 1 >= len(toks) or self.text[toks[i].end:s.end].strip(" .") == ""
                     or self._adjunct_only(s, i)):
                pro = toks[i]  # "..., ha poi aggiunto.", "..., ha detto in un'intervista."
            if pro is None and self.b.language == "it" and first == 0 and \
                    toks[0].start <= max(s.start, self.dateline_end) + 1:
                pro = toks[i]  # "Ha poi precisato che...": the subject of the one before
        if pro is None:
            return None
        if pro.fold == "it" and _kind(self, last.actor) == "person":
            return None  # "it" is no person
        return _Candidate(last.actor, pro.start, pro.end, "anaphor")

    def _citer(self, s: Sentence, cands: list[_Candidate], a: int) -> _Candidate | None:
        """Who stands before ", citing X," ("South Korea's Yonhap news agency, citing")."""
        left = [c for c in cands if c.end <= s.tokens[a].start
                and a - s.token_at(c.end) <= 7 and self._paren_of(c.start) is None]
        src = self._unnamed_source(s, a - 1, forward=False)
        if src and (not left or src[0].end >= left[-1].end):
            return src[0]
        return left[-1] if left else None

    def _relative_of(self, s: Sentence, c: _Candidate, k: int) -> bool:
        """Token k is in the relative clause opened right after name c ("Rutte, qui a
        rencontré", "Kim, who met", "Lavrov, che ha incontrato")."""
        comma = self.text.rfind(",", s.start, s.tokens[k].start)
        if comma < c.end or self.text[c.end:comma].strip(" )"):
            return False
        j = s.token_at(comma)
        if not (j < k and s.tokens[j].fold in self.r.relatives):
            return False
        # ("Séoul, qui soupçonne Moscou d'avoir transféré...": a clause whose own verb says
        # or suspects the fact is the name's account of it, not the text's)
        said = self.r.confirm.words | self.r.report.words | self.r.deny.words \
            | self.r.allege.words
        return not any(t.fold in said or t.lemma in said for t in s.tokens[j + 1:k])

    def _ties_judged(self, s: Sentence, k: int) -> bool:
        """The ties' noun at token k is what a verb of characterising takes ("ha definito
        «inaccettabile» la cooperazione"), or the subject of a copula right after a verb of
        saying ("said the military cooperation between Moscow and Pyongyang was a threat",
        "a déclaré que la coopération ... était une menace")."""
        toks = s.tokens
        if not toks[k].text.islower():
            return False
        if self._characterised(s, k):
            return True
        cues = {i for i, _ in self.cue_subjects} | set(self.stance_cues)
        if not any(0 < k - i <= 5 and all(
                toks[j].fold in self.r.articles | _ARTICLE_WORDS | _DETERMINERS
                | _POSSESSIVES | _COMPLEMENTIZERS or toks[j].text.islower()
                and toks[j].fold not in _COPULAS | self.r.past_auxiliaries
                for j in range(i + 1, k)) for i in cues):
            return False
        for j in range(k + 1, min(k + 12, len(toks))):
            if "," in self.text[toks[j - 1].end:toks[j].start]:
                return False
            if toks[j].fold in _TO_BE and toks[j].text not in ("e",) or \
                    toks[j].fold in {"constitue", "constituait", "costituisce", "rappresenta",
                                     "represente", "representait", "poses", "posed"}:
                nxt = toks[j + 1] if j + 1 < len(toks) else None
                return nxt is None or not (nxt.fold.endswith(("ed", "ata", "ato", "ee", "e"))
                                           and nxt.fold in self._verbs)
            if toks[j].fold in self.r.past_auxiliaries | _MODALS or toks[j].fold in self._verbs:
                return False
        return False

    def _relative_asides(self, s: Sentence) -> list[tuple[int, int]]:
        """The spans of relative clauses between commas (", which took effect on Dec. 4,",
        ", che è entrato in vigore,", ", qui est entré en vigueur,")."""
        out = []
        for k, t in enumerate(s.tokens):
            if k == 0 or t.fold not in self.r.relatives or \
                    "," not in self.text[s.tokens[k - 1].end:t.start]:
                continue
            end = self.text.find(",", t.end, s.end)
            if end > 0:
                out.append((t.start, end))
        return out

    def _characterised(self, s: Sentence, k: int) -> bool:
        """Token k is in the object of a verb that characterises what it takes ("called the
        treaty between Russia and North Korea a threat", "ha definito l'intesa tra Mosca e
        Pyongyang", "a qualifié l'accord entre"), no clause of its own between."""
        toks = s.tokens
        cues = {i for i, _ in self.cue_subjects} | set(self.stance_cues)
        for i in cues:
            if not (0 < k - i <= 10) or not (toks[i].fold in _CHARACTERISE
                                             or toks[i].lemma in _CHARACTERISE):
                continue
            if not any(t.fold in _COMPLEMENTIZERS | _COPULAS | self.r.past_auxiliaries
                       and t.text not in ("à", "e") for t in toks[i + 1:k]):
                return True
        return False

    def _milestone_aside(self, s: Sentence, e: FoundEvent, speaker_ids: set[str]) -> bool:
        """A milestone told in the agreement's participle or relative clause ("the treaty
        signed in June", "the treaty, which took effect on Dec. 4") after every speaker,
        none of whom is its side."""
        if e.type not in MILESTONES or not self.speakers:
            return False
        k = s.token_at(e.trigger[0])
        return (self._agreement_participle(s, k) or self._agreement_relative(s, k)) \
            and not any(a in speaker_ids for a, _ in e.participants) \
            and all(c.start < e.trigger[0] for c in self.speakers)

    def _tells_own_act(self, s: Sentence, c: _Candidate, k: int) -> bool:
        """Speaker c's verb of saying stands before trigger k, and what he says opens with
        himself: a subject pronoun ("said he had spoken with") or a past infinitive ("a
        affirmé avoir parlé", "ha detto di aver parlato"), no other name between."""
        toks = s.tokens
        for i, subject in self.cue_subjects:
            if subject.actor != c.actor or not (c.start < toks[i].start < toks[k].start) \
                    or k - i > 8:
                continue
            between = toks[i + 1:k]
            if any(self.mentions.at(t.start) is not None for t in between):
                continue
            person = _kind(self, c.actor) == "person"
            # ("Russia's Foreign Ministry said it had asked Seoul", "Seoul said it had
            # urged", "a affirmé avoir demandé": a body or a state tells its own act too;
            # session 15)
            if any(t.fold in _PAST_INFINITIVES or (
                    t.fold in self.r.subject_pronouns if person else t.fold in _IT_THEY)
                   for t in between[:4]):
                return True
        return False

    def _speaks_in_relative(self, s: Sentence, c: _Candidate, k: int) -> bool:
        """Name c, after trigger k, opens a relative clause whose verb is one of saying
        ("met Choe Son Hui, who said", "ha incontrato Choe, che ha dichiarato", "a rencontré
        Choe, qui a déclaré"): he speaks there of his own, and is a side of the fact before."""
        if c.start <= s.tokens[k].end:
            return False
        m = re.match(r"[^,.;:]{0,60}?,\s*", self.text[c.end:s.end])
        if m is None:
            return False
        j = s.token_at(c.end + m.end())
        if j >= len(s.tokens) or s.tokens[j].fold not in self.r.relatives:
            return False
        # (not a promise: "Kishida, che ha promesso nuovi aiuti", a fact to come)
        said = (self.r.report.words | self.r.stance.words) - _PROMISES
        return any((t.fold in said or t.lemma in said) and t.fold not in _PROMISES
                   and t.lemma not in _PROMISES for t in s.tokens[j + 1:j + 5])

    def _in_relative(self, s: Sentence, k: int) -> bool:
        """Token k is in a relative clause opened after a comma (", ce qui violerait",
        ", il che violerebbe", ", qui souhaiterait"): the clause's own, not the sentence's."""
        comma = self.text.rfind(",", s.start, s.tokens[k].start)
        if comma < 0:
            return False
        j = s.token_at(comma)
        opens = self.r.relatives | self.r.object_relatives
        return j < k and (s.tokens[j].fold in opens or s.tokens[j].fold in {"ce", "il", "cio"}
                          and j + 1 < k and s.tokens[j + 1].fold in opens)

    def _relative_tells(self, s: Sentence, k: int) -> bool:
        """The relative clause of token k holds a trigger of the model (up to the next
        comma)."""
        a = s.token_at(self.text.rfind(",", s.start, s.tokens[k].start))
        end = self.text.find(",", s.tokens[k].end, s.end)
        b = s.token_at(end) if end >= 0 else len(s.tokens)
        span = s.tokens[a:b]
        return any((t.fold in rule.words.words or t.lemma in rule.words.words)
                   # (a verb of use helps only with troops: "missiles which were presumably
                   # used in strikes" tells no event of its own)
                   and not (rule.type == EventType.MILITARY_ASSISTANCE
                            and (t.fold in rule.converse.words or t.lemma in rule.converse.words)
                            and not any(x.fold in rule.needs.words for x in span))
                   for t in span for rule in self.r.events)

    def _source_owners(self, s: Sentence) -> set[str]:
        """Sources named before and referred to by a possessive noun: "called the panel's
        findings unfounded", "the agency's report" (the source whose phrase has that noun,
        else the one the noun refers to)."""
        out: set[str] = set()
        toks = s.tokens
        for k in range(1, len(toks)):
            t = toks[k]
            if self.text[t.end:t.end + 2] not in ("'s", "’s") or \
                    toks[k - 1].fold not in self.r.articles - self.r.indefinite or \
                    not (t.fold in self.r.anaphors or t.fold in self.r.source_nouns
                         or t.fold in self.r.source_collectives):
                continue
            before = next((c for c in reversed(self.sources)
                           if t.fold in c.actor.split("-")), None)
            if before is not None:
                out.add(before.actor)
            elif self.last_source is not None and t.fold in self.r.anaphors:
                out.add(self._referent(t).actor)
        return out

    def _whole_reports(self, s: Sentence, plural: bool = False) -> bool:
        """A report noun after a definite article or a demonstrative, with nothing of its
        own after it ("the allegations", "ces informations", "queste notizie"; not "reports
        of a troop deployment", "the report that"): the reports told before, whole."""
        toks = s.tokens
        # (plural, in the denier's own quoted words too: "« Ce sont des affirmations sans
        # fondement », a rétorqué X")
        for i in s.hits(self.r.report_nouns) if plural else s.unquoted_hits(self.r.report_nouns):
            if i == 0 or not (toks[i - 1].fold in self.r.articles - self.r.indefinite
                              or toks[i - 1].fold in _DETERMINERS):
                continue
            if i + 1 < len(toks) and (toks[i + 1].fold in _GENITIVE | _COMPLEMENTIZERS
                                      | self.r.to_patient | {"about", "sur", "su", "sulle",
                                                             "sui", "sulla", "sul"}) and \
                    self.text[toks[i].end:toks[i + 1].start].strip() == "" and \
                    not self.text[toks[i + 1].end:].lstrip().startswith(("«", "“", '"')):
                continue  # (not "a qualifié ces informations de « rumeurs »")
            if plural and not toks[i].fold.endswith(("s", "i", "e", "x")):
                continue
            return True
        return False

    def _charged_before(self, s: Sentence, told: list[FoundEvent]) -> list[FoundEvent]:
        """A denial of the accusations ("rejected these accusations", "ha respinto le
        accuse", "a rejeté ces accusations", "dismissed the charges"), an accusation told
        before: the facts of the model that accusation alleged (its accusers' alleged
        claims told in its sentence), none when the sentence names no accusation noun or
        no accusation was told."""
        toks = s.tokens
        # (the noun right after its article or demonstrative: not "the missile allegations",
        # which names its kind)
        if not any(toks[k].fold in _ACCUSATION_NOUNS and k > 0 and (
                toks[k - 1].fold in self.r.articles - self.r.indefinite
                or toks[k - 1].fold in _DETERMINERS)
                for k in s.unquoted_hits(self.r.report_nouns)):
            return []
        accusations = [e for e in self.result.events if e.type == EventType.ACCUSATION]
        if not accusations:
            return []
        last = accusations[-1]
        accusers = {a for a, r in last.participants if r == "accuser"}
        return [e for e in told if e.type in CONTESTED and any(
            c.certainty == "alleged" and c.sentence == last.sentence
            and (not c.asserted_by or set(c.asserted_by) <= accusers) for c in e.claims)]

    def _universal_kinds(self, s: Sentence) -> tuple[set[EventType], set[str]] | None:
        """The contested kinds a universal determiner names within three words after it
        ("any arms transfers", "qualsiasi trasferimento di armi", "toutes les livraisons",
        "any weapons": supplies), with the things it names ("all the missiles": missiles),
        or None."""
        toks = s.tokens
        kinds: set[EventType] = set()
        words: set[str] = set()
        for i, t in enumerate(toks):
            if t.fold not in self.r.universals or s.quoted(t.start):
                continue
            # ("any transfer of weapons": the word of a transfer is a supply's and a
            # deployment's, the weapons named say which)
            word_kinds: set[EventType] = set()  # of a word of one kind only
            shared_kinds: set[EventType] = set()  # of a word of several
            need_kinds: set[EventType] = set()
            for u in toks[i + 1:i + 5]:
                of_word = {rule.type for rule in self.r.events if rule.type in CONTESTED
                           and (u.fold in rule.words.words or u.lemma in rule.words.words)}
                (word_kinds if len(of_word) == 1 else shared_kinds).update(of_word)
                for rule in self.r.events:
                    if rule.type not in CONTESTED or rule.type in of_word:
                        continue
                    if u.lemma in rule.needs.words or u.fold in rule.needs.words:
                        if u.lemma in _GENERIC_ARMS or u.fold in _GENERIC_ARMS:
                            need_kinds.add(EventType.SUPPLY)
                        else:
                            need_kinds.add(rule.type)
                            words.add(u.lemma)
                if u.lemma in _GENERIC_ARMS or u.fold in _GENERIC_ARMS:
                    need_kinds.add(EventType.SUPPLY)
            kinds |= word_kinds | need_kinds | (
                shared_kinds & need_kinds if need_kinds else shared_kinds)
        return (kinds, words) if kinds else None

    def _named_by_what(self, s: Sentence) -> set[EventType]:
        """The kinds of contested fact a sentence names by what is moved alone, troops or
        weapons, with no word of the fact ("Il Cremlino ha negato che militari nordcoreani
        si trovino in Russia": the deployment, not the supply told with it); none when it
        names both."""
        kinds: set[EventType] = {rule.type for rule in self.r.events if rule.type in (
            EventType.SUPPLY, EventType.DEPLOYMENT) and rule.needs
                 and s.unquoted_hits(rule.needs)}
        return kinds if len(kinds) == 1 else set()

    def _named_facts(self, s: Sentence, bare: bool = False) -> set[EventType]:
        """The kinds of contested fact a sentence names, whole or not ("sending troops",
        "reports of arms deliveries"; with ``bare`` a trigger alone: "the deployment")."""
        return {rule.type for rule in self.r.events if rule.type in CONTESTED
                and s.unquoted_hits(rule.words)
                and (bare or not rule.needs or s.has(rule.needs))}

    def _past_document(self, s: Sentence, k: int) -> int:
        """The token after "a statement released by", "un comunicato diffuso dal", "un
        communiqué du" starting at token k (an article, a document noun with at most two
        lower-case words on either side, and a preposition of its author); k if none."""
        toks = s.tokens
        j = k
        if j < len(toks) and (toks[j].fold in self.r.articles | _ARTICLE_WORDS | _INDEFINITE
                              | _NOUN_AFTER | _POSSESSIVES):
            j += 1
        noun = next((n for n in range(j, min(j + 3, len(toks)))
                     if toks[n].fold in self.r.document_nouns
                     or toks[n].lemma in self.r.document_nouns), None)
        if noun is None or any(not t.text[:1].islower() for t in toks[j:noun]):
            return k
        for n in range(noun + 1, min(noun + 5, len(toks))):
            if toks[n].fold in _BY_WORDS | _GENITIVE | {"from", "dell", "d"}:
                between = toks[noun + 1:n]
                if self.text[toks[noun].end:toks[n].start].count(",") or any(
                        not t.text[:1].islower() for t in between):
                    return k
                return n + 1
            if not toks[n].text[:1].islower():
                return k
        return k

    def _according_back(self, s: Sentence, i: int) -> _Candidate | None:
        """ "according to the report", "selon le communiqué", "secondo il rapporto": the
        source named before, when the noun after "according to" (and its definite article)
        refers back to it; not "according to a report", "the report by Kyodo"."""
        toks = s.tokens
        phrase = {w for p in self.r.according_to.phrases for w in p.split()} - \
            self.r.articles
        k = i + 1
        while k < len(toks) and toks[k].fold in phrase:
            k += 1  # "according to", "d'après"
        if k >= len(toks) or toks[k].fold not in self.r.articles | _ARTICLE_WORDS or \
                toks[k].fold in self.r.indefinite or self.last_source is None:
            return None
        k += 1
        if k >= len(toks) or not (toks[k].fold in self.r.anaphors
                                  or toks[k].lemma in self.r.anaphors):
            return None
        nxt = toks[k + 1] if k + 1 < len(toks) else None
        if nxt is not None and self.text[toks[k].end:nxt.start] == " " and (
                nxt.fold in self.r.to_agent or nxt.fold in _GENITIVE
                or nxt.text[:1].isupper()):
            return None  # "according to the report by Kyodo", "le rapport de l'ONU"
        for j in range(k + 1, min(k + 4, len(toks))):
            if self.text[toks[j - 1].end:toks[j].start] != " ":
                break
            if toks[j].text[:1].isupper():
                if j > k + 1:
                    return None  # "secondo l'agenzia nordcoreana Kcna": a name after adjectives
                break
        ref = self._referent(toks[k])
        return _Candidate(ref.actor, toks[k].start, toks[k].end, "anaphor")

    def _subject(self, s: Sentence, cands: list[_Candidate], i: int) -> _Candidate | None:
        quoted = self._quoted_as_saying(s, cands, i)
        if quoted is not None:
            return quoted
        subject = self._subject_of(s, cands, i)
        if subject is not None and subject.kind == "demonym":
            # '"...," the North Korean leader said', "a déclaré le dirigeant nord-coréen":
            # a title with no name is the person named before with it
            return self._title_referent(s, subject) or subject
        return subject

    def _quoted_as_saying(self, s: Sentence, cands: list[_Candidate],
                          i: int) -> _Candidate | None:
        """ "KCNA quoted Kim Jong Un as saying ...", "X was quoted by KCNA as saying": the
        one quoted speaks, not who quotes him (GUIDELINES: "Y, cited by X": Y alone)."""
        toks = s.tokens
        k = next((k for k in range(max(0, i - 6), min(len(toks), i + 10))
                  if toks[k].fold in {"quoted", "quotes", "quoting", "cited", "cites"}), None)
        if k is None:
            return None
        a = next((a for a in range(k + 1, min(len(toks) - 1, k + 12))
                  if toks[a].fold == "as" and toks[a + 1].fold in _AS_SAYING), None)
        if a is None:
            return None
        after = [c for c in cands if toks[k].end <= c.start < toks[a].start
                 and _kind(self, c.actor) == "person"]
        if after:
            return after[0]  # "KCNA quoted Kim as saying"
        if k > 0 and toks[k - 1].fold in {"was", "is", "were", "been"}:
            before = [c for c in cands if c.end <= toks[k - 1].start]
            if before:
                return before[-1]  # "Lavrov was quoted by KCNA as saying"
        return None

    def _title_referent(self, s: Sentence, c: _Candidate) -> _Candidate | None:
        """The person a title with a state's adjective and no name refers back to ("the
        North Korean leader", "il leader nordcoreano", "le dirigeant nord-coréen"): the last
        person named before right after the same title word, else the last person of that
        state."""
        toks = s.tokens
        i, j = s.token_at(c.start), s.token_at(c.end - 1)
        titles = self.r.title_words
        a = i
        while a > 0 and (toks[a - 1].fold in titles or toks[a - 1].fold in
                         self.r.title_modifiers):
            a -= 1
        b = j + 1
        while b < len(toks) and toks[b].fold in titles and toks[b].text.islower():
            b += 1
        words = {t.fold for t in toks[a:b] if t.fold in titles}
        if not words or a == 0 or toks[a - 1].fold not in self.r.articles | _ARTICLE_WORDS or \
                b < len(toks) and toks[b].text[:1].isupper() or \
                self.mentions.at(toks[b].start if b < len(toks) else s.end) is not None:
            return None
        people = [m for m in self.mentions.within(max(0, s.start - 4000), s.start)
                  if not m.agreement and (m.start, m.end) not in self._owners
                  and _kind(self, m.target) == "person"]
        for m in reversed(people):
            # (of that state: "il ministro della Difesa sudcoreano" is not the North's)
            if words & self._title_before(m.start) and \
                    self._state_of(m.target) in (None, c.actor):
                return _Candidate(m.target, c.start, c.end, "alias")
        for m in reversed(people):
            if self._state_of(m.target) == c.actor:
                return _Candidate(m.target, c.start, c.end, "alias")
        # (else the one person who spoke in the sentence before, whose state is not known)
        before = self.before_speakers
        if len(before) == 1 and _kind(self, before[0].actor) in ("person", None) and \
                self._state_of(before[0].actor) in (None, c.actor):
            return _Candidate(before[0].actor, c.start, c.end, "alias")
        return None

    def _title_before(self, pos: int) -> set[str]:
        """The title words right before a name at offset pos ("North Korean leader Kim",
        "le dirigeant nord-coréen Kim", "il ministro degli Esteri russo Lavrov")."""
        lo = max(0, pos - 90)
        out: set[str] = set()
        for w in reversed(list(_WORD.finditer(self.text[lo:pos]))):
            f = fold_key(w.group())
            if f in self.r.title_words:
                out.add(f)
            elif not (w.group()[:1].isupper() or f in self.r.title_modifiers
                      or f in self.r.articles | _ARTICLE_WORDS | _GENITIVE
                      or self.mentions.at(lo + w.start()) is not None):
                break
        return out

    def _subject_of(self, s: Sentence, cands: list[_Candidate], i: int) -> _Candidate | None:
        verb = s.tokens[i]
        by = self._passive_by(s, i)
        if by is not None:
            # "was confirmed by Kyiv", "è stato confermato dalla Nato", "a été confirmé par
            # l'Otan": the agent after "by" says so, not the name before the verb
            agent = [c for c in cands if c.start >= s.tokens[by].end
                     and s.token_at(c.start) - by <= 3]
            src = [c for c in self._unnamed_source(s, by + 1, forward=True)
                   if s.token_at(c.start) - by <= 5]
            if src and (not agent or src[0].start <= agent[0].start):
                return src[0]
            if agent:
                return agent[0]
        rel = self._relative_subject(s, cands, i)
        if rel is not None:
            return rel  # "met Kim Jong Un, who hailed ...": the relative's head
        # "a confirmé mardi que ... soldats nord-coréens": what follows "que" is what is
        # said, not who says it
        # ("a déclaré devant le Parlement que", "told reporters on Monday that")
        that = next((k for k in range(i + 1, min(i + 7, len(s.tokens)))
                     if s.tokens[k].fold in _COMPLEMENTIZERS), len(s.tokens))
        # "confirmed the dispatch by Pyongyang of troops", "la consegna da parte di Pyongyang
        # ... è stata confermata": who acts after "by" is a nominal event's agent, not who
        # says so (a passive's agent after its own verb was read above)
        cands = [c for c in cands if not self._nominal_agent(s, c)
                 and not (c.start > verb.end and s.tokens[s.token_at(c.start) - 1].fold
                          in self.r.to_patient | _LOCATIVE.get(self.b.language, set()))
                 # "ha annunciato nuove sanzioni contro Pyongyang", "announced sanctions
                 # against Pyongyang": a name after a preposition is no subject
                 and not (c.start > verb.end
                          and _prev_word(s, c, self.r.title_words) in _NO_SUBJECT_AFTER)]
        # ("a déclaré de son côté le porte-parole ...", "ha detto dal canto suo il
        # ministro": a phrase of one's own part after the verb is no distance)
        own_part = _own_part_after(s, i)
        right = [c for c in cands if c.start >= verb.end
                 and s.token_at(c.start) - i - own_part <= self.r.subject_after
                 and s.token_at(c.start) < that]
        first = _verb_start(s, i)
        if first > 0 and s.tokens[first - 1].fold in _IMPERSONAL and \
                s.tokens[first - 1].text.lower() == s.tokens[first - 1].fold and (
                    first - 1 == s.token_at(max(s.start, self.dateline_end))
                    or "," in self.text[s.tokens[first - 2].end:s.tokens[first - 1].start]
                    or s.tokens[first - 2].fold in _COMPLEMENTIZERS):
            # "On soupçonne ...", "Si sospetta che ...": nobody named says it (not the
            # reflexive of a subject: "Il governo giapponese si è detto «preoccupato»")
            return None
        aside = self._aside_before(s, first)
        if aside is not None:
            return aside
        # "...: lo ha confermato il Pentagono", "..., l'ha detto X": a clitic that refers to
        # what was told before the verb, whose subject follows
        clitic = first > 0 and s.tokens[first - 1].fold in {"lo", "l", "la"} and \
            self.text[:s.tokens[first - 1].start].rstrip().endswith((",", ":", ";", "»", "”"))
        if self.r.subject_after > 2 and (clitic or self.text[:s.tokens[first].start].rstrip()
                                         .endswith((",", "»", "”"))):
            # "..., ha dichiarato il ministro X", "..., riferisce l'agenzia nordcoreana Kcna":
            # the subject follows
            # (not after a person's name set between commas right before the verb: "Le chef
            # de la diplomatie russe, Sergueï Lavrov, a qualifié", "Italy's foreign minister,
            # Antonio Tajani, said": the name in apposition is who speaks)
            appos = next((c for c in cands if c.end <= s.tokens[first].start
                          and self.text[c.end:s.tokens[first].start].strip() == ","
                          and _kind(self, c.actor) == "person"
                          # (a first name the graph does not know may come before it)
                          and (comma := self.text.rfind(",", s.start, c.start)) >= 0
                          and all(w[:1].isupper() for w in self.text[comma + 1:c.start]
                                  .split())), None)
            if appos is not None and self._appositive_object(s, cands, appos, i):
                appos = None
            if appos is not None:
                return appos
            src = self._unnamed_source(s, i + 1, forward=True)
            # "riferisce l'agenzia ufficiale nordcoreana Kcna": the adjective is the source's
            right = [c for c in right if (c.start, c.end) not in self.consumed]
            if src and right and _kind(self, right[0].actor) == "person" and \
                    src[0].end <= right[0].start and "," not in \
                    self.text[src[0].end:right[0].start] and \
                    len(_WORD.findall(self.text[src[0].end:right[0].start])) <= 3:
                # "il capo dell'intelligence militare ucraina Kyrylo Budanov": the
                # source words are the person's title
                return right[0]
            if src and (not right or src[0].start <= right[0].start):
                return src[0]
            if right:
                return right[0]
            p = self._paren_before(s, first)
            named = [c for c in cands if p is not None and p.start < c.start < p.end
                     and _kind(self, c.actor) == "person"] if p is not None else []
            if p is not None and named and len(_WORD.findall(self.text[p.start:p.end])) <= 4:
                # "Le chef de la diplomatie russe, Sergueï Lavrov, a qualifié": the name in
                # apposition is who speaks
                return named[0]
            if p is not None and p.head is not None and p.head in cands:
                return p.head  # "La Corea del Nord, accusata da Kiev di ..., ha smentito"
            if self.text[verb.end:s.end].strip(" .") == "":
                return None  # "..., ha aggiunto.": the subject of the sentence before
            if not verb.fold.endswith(_GERUNDS) and any(
                    t.fold in self.r.articles and t.text.islower()
                    for t in s.tokens[i + 1:i + 4]) and not any(
                       c.start > verb.end for c in cands) and \
                    "," not in self.text[verb.end:s.end] and not any(
                        # "..., Mark Rutte, a confirmé": a name in apposition is the subject
                        self.text[c.end:s.tokens[first].start].strip() == ","
                        and self.text[:c.start].rstrip().endswith(",") for c in cands):
                # "..., ha reso noto il dipartimento di Stato": a subject after the verb the
                # rules do not know, not a name of what was told
                return None
        left = [c for c in cands if c.end <= verb.start and i - s.token_at(c.end) <= 7
                and not _QUOTES_BETWEEN(self.text, c.end, verb.start)
                # "shipping missiles to Russia and added ...": an object is no subject
                and _prev_word(s, c, self.r.title_words) not in self.r.to_patient]
        # "Rudenko, who spoke for the government in the chamber, told deputies": the names
        # of a parenthetical clause are not the subject of the verb after it, its head is
        own = self._paren_of(verb.start)
        left = [c for c in left if self._paren_of(c.start) is own]
        if own is not None and own.head is not None and not left:
            opener = s.token_at(own.start + 1)
            if opener < first and s.tokens[opener].fold in self.r.relatives and \
                    first - opener <= 2:
                # "Séoul, qui soupçonne Moscou d'avoir...": the relative's head speaks
                return own.head
        if own is None:
            p = self._paren_before(s, first)
            if p is not None and p.head is not None and p.head in cands:
                return p.head
        head = first
        while head > 2 and s.tokens[head - 1].fold in _ADVERBS and \
                s.tokens[head - 1].fold != "de":
            head -= 1  # "the military also said"
        back = next((c for c in cands if head > 1 and c.kind == "alias"
                     and c.start == s.tokens[head - 1].start and s.tokens[head - 1].text.islower()
                     and (s.tokens[head - 1].fold in self.r.org_refs
                          or s.tokens[head - 1].lemma in self.r.org_refs)), None)
        if back is not None:
            # "..., the ministry said": the body named before that the noun refers back to
            return _Candidate(back.actor, back.start, back.end, "anaphor")
        # (one word of kind between: "the spy agency said", "the intelligence agency")
        art = head - 2
        if art > 0 and s.tokens[art].text.isalpha() and s.tokens[art].text.islower() and \
                len(s.tokens[art].fold) > 2 and s.tokens[art - 1].fold in _ARTICLE_WORDS and \
                s.tokens[art].fold not in _ARTICLE_WORDS | self.r.indefinite:
            art -= 1
        if head > 1 and s.tokens[head - 1].fold in self.r.anaphors and \
                s.tokens[art].fold in _ARTICLE_WORDS and self.last_source is not None \
                and not (left and s.token_at(left[-1].end) >= art
                         # "..., the agency added": a name before the comma is another
                         # clause's
                         and "," not in self.text[left[-1].end:s.tokens[art].start]):
            # "the agency said", "The report said": the source named before
            noun = s.tokens[head - 1]
            return _Candidate(self._referent(noun).actor, noun.start, noun.end, "anaphor")
        src = self._unnamed_source(s, i - 1 if first == i else first - 1, forward=False)
        if not src and head > 1 and s.tokens[head - 1].text.isalpha() and \
                s.tokens[head - 1].text.islower() and \
                s.tokens[head - 2].fold in self.r.articles - self.r.indefinite and \
                s.tokens[head - 2].text.islower() and \
                self.text[:s.tokens[head - 2].start].rstrip().endswith(",") and \
                not any(c.start <= s.tokens[head - 1].start < c.end
                        and _kind(self, c.actor) == "person" for c in cands):
            # "..., the ministry said." with no ministry named before (not a title referring
            # back to the one person given it: "..., the minister said"): a subject the rules
            # cannot name, not a name of the fact told before the comma
            return None
        if src and "," in self.text[src[0].end:verb.start]:
            # "the Multilateral Sanctions Monitoring Team (MSMT), set up after Moscow vetoed
            # a UN panel of experts, also said": a source at the end of a clause between
            # commas is that clause's; the name before the clause speaks
            opening = self.text.rfind(",", s.start, src[0].start)
            heads = [c for c in cands if c.end <= opening
                     and self.text[c.end:opening].strip(" )(").isupper()
                     or c.end <= opening and not self.text[c.end:opening].strip(" ")]
            if opening > s.start and heads:
                return heads[-1]
            # "South Korean lawmakers, briefed by the spy agency, said"
            k = s.token_at(opening) - 1
            outer = self._unnamed_source(s, k, forward=False) if opening > s.start and \
                k >= 0 and s.tokens[k].end <= opening else []
            if outer and not self.text[outer[0].end:opening].strip():
                return outer[0]
        # "Russian state media said": the unnamed source is nearer the verb than "Russian";
        # "l'intelligence ucraina sostiene": the demonym ends the source
        if src and (not left or src[0].end > left[-1].end or
                    src[0].end == left[-1].end and left[-1].kind == "demonym"):
            return src[0]
        if left and self.r.subject_after <= 2 and first == i and \
                self.text[:s.tokens[first].start].rstrip().endswith(","):
            # "North Korea has sent troops to Russia, said a spokesman for the Pentagon":
            # the names before the comma are the told fact's
            after = [c for c in cands if c.start >= verb.end and s.token_at(c.start) - i <= 8
                     and (c.start, c.end) not in self.consumed
                     and (_kind(self, c.actor) == "person" or _ends_clause(s, c))]
            if after:
                return after[0]
        if left:
            return left[-1]
        if self.r.subject_after <= 2 and \
                self.text[:s.tokens[first].start].rstrip().endswith((",", "\"", "”", "»")):
            # '"...," said Italian Foreign Minister Antonio Tajani': the titled name after
            after = [c for c in cands if c.start >= verb.end and s.token_at(c.start) - i <= 8
                     and (c.start, c.end) not in self.consumed]
            people = [c for c in after if _kind(self, c.actor) == "person"]
            if people or after:
                return (people or after)[0]
        if right and (self.r.subject_after > 2 or _ends_clause(s, right[0])):
            # "A riferirlo è l'agenzia sudcoreana Yonhap": the agency's adjective is its own
            src = self._unnamed_source(s, i + 1, forward=True)
            unconsumed = [c for c in right if (c.start, c.end) not in self.consumed]
            if src and (not unconsumed or src[0].start <= unconsumed[0].start):
                return src[0]
            return (unconsumed or right)[0]
        src = self._unnamed_source(s, i + 1, forward=True)
        return src[0] if src else None

    def _appositive_object(self, s: Sentence, cands: list[_Candidate], appos: _Candidate,
                           i: int) -> bool:
        """The titled name set between commas before a verb of saying closes the object of
        the clause before it, and the verb's own subject follows it ("Poutine a reçu la
        ministre nord-coréenne, Choe Son Hui, a annoncé le Kremlin", "Belousov ha ricevuto
        il capo di stato maggiore nordcoreano, Ri Yong Gil, ha riferito il ministero"): a
        person is named before the title, and a source stands after the verb."""
        comma = self.text.rfind(",", s.start, appos.start)
        if comma < 0 or not any(c.end <= comma and c is not appos
                                and _kind(self, c.actor) == "person"
                                and (c.start, c.end) not in self.consumed for c in cands):
            return False
        after = [c for c in cands if c.start >= s.tokens[i].end
                 and s.token_at(c.start) - i <= self.r.subject_after]
        return bool(after or self._unnamed_source(s, i + 1, forward=True))

    def _nominal_agent(self, s: Sentence, c: _Candidate) -> bool:
        """The name is the agent of an event noun: after "by", "par", "da" (or "da parte di",
        "de la part de", "on the part of") right after the noun ("the dispatch by
        Pyongyang", "l'envoi par Pyongyang de soldats", "la consegna da parte di Mosca")."""
        k = s.token_at(c.start) - 1
        if _agent_phrase(s, c):
            return True
        if k < 1 or s.tokens[k].fold not in _BY_WORDS:
            return False
        noun = s.tokens[k - 1]
        return any((noun.fold in r.words.words or noun.lemma in r.words.words)
                   and not self._passive_participle(s, k - 1)
                   for r in self.r.events if r.type in CONTESTED | _SPEECH_ACTS
                   or r.type in (EventType.VISIT, EventType.MEETING))

    def _passive_by(self, s: Sentence, i: int) -> int | None:
        """The token of "by", "da", "par" right after the verb at token i when the verb is
        a passive participle ("was confirmed by", "è stata smentita da", "a été confirmé
        par"), else None."""
        toks = s.tokens
        k = i - 1
        while k > 0 and toks[k].fold in _ADVERBS:
            k -= 1
        by = i + 1
        while by < len(toks) and toks[by].fold in _ADVERBS and by - i <= 2:
            by += 1  # "è stato confermato anche dal Pentagono"
        # a date between the participle and its agent ("was confirmed on Monday by",
        # "è stato confermato lunedì dal", "a été confirmé lundi par")
        date_end = self._date_after(s, by)
        if date_end is not None:
            by = date_end
        if by >= len(toks) or toks[by].fold not in self.r.to_agent - _GENITIVE:
            return None
        if k >= 0 and toks[k].fold in _PASSIVE_BEFORE.get(self.b.language, _PASSIVE_AUX):
            return by
        if by != i + 1:
            return None
        # a participle with no auxiliary after a noun or a comma ("notizia poi smentita da
        # Mosca", "des accusations rejetées par Moscou", "a claim denied by Moscow", ",
        # confirmed by NATO"): a passive all the same
        word = toks[i].text
        participle = word.endswith(_PARTICIPLES) or word.endswith(
            ("i", "e", "a", "o", "s", "u", "t", "n")) and self.b.language != "en" and \
            word.lower() != toks[i].lemma
        if k >= 0 and toks[k].fold not in _AUXILIARIES | _CLITICS and participle and \
                toks[k].text[:1].islower() or k >= 0 and participle and \
                self.text[toks[k].end:toks[k + 1].start].strip() == ",":
            return i + 1
        return None

    def _date_after(self, s: Sentence, k: int) -> int | None:
        """The token after a date expression that starts at token k (or at the token
        after a preposition of time there: "on Monday", "le 4 décembre"), else None."""
        toks = s.tokens
        for j in (k, k + 1):
            if j >= len(toks) or j > k and toks[k].fold not in _DATE_PREPOSITIONS:
                return None
            end = next((b for a, b in self.date_spans
                        if a == toks[j].start), None)
            if end is not None:
                after = j
                while after < len(toks) and toks[after].start < end:
                    after += 1
                return after
        return None

    def _by_of_other_participle(self, s: Sentence, rule: EventRule, trig: int,
                                ci: int) -> str:
        """The "by" before the name at token ``ci`` follows a participle after the trigger
        at ``trig`` that is not the rule's own word ("supplying shells fired by Russian
        forces", "fornisce proiettili sparati dalle forze russe", "livre des obus tirés par
        l'armée russe"): "use" when it is a verb of using a weapon, "other" for any other
        participle, "" when the "by" is the trigger's."""
        toks = s.tokens
        if rule.type not in _MOVES:
            return ""
        k = ci - 1
        while k > trig and toks[k].fold not in self.r.to_agent:
            k -= 1
        v = k - 1
        if k <= trig + 1 or v <= trig or not toks[v].text.islower() or \
                toks[v].fold in rule.words.words or toks[v].lemma in rule.words.words or \
                toks[v].fold in rule.needs.words or toks[v].lemma in rule.needs.words:
            # (nor the goods' noun: "la livraison de missiles par Pyongyang", whose "-es"
            # is no participle's ending; session 16)
            return ""
        if toks[v].fold in self.r.weapon_use.words or toks[v].lemma in self.r.weapon_use.words:
            return "use"
        endings = {"en": ("ed",), "it": ("ato", "ata", "ati", "ate", "uto", "uta", "uti",
                                         "ute", "ito", "ita", "iti", "ite"),
                   "fr": ("e", "es", "ee", "ees", "is", "ise", "ises", "it", "its")}
        ends = endings.get(self.b.language, ())
        return "other" if ends and toks[v].fold.endswith(ends) and len(toks[v].fold) > 4 \
            else ""

    def _passive_participle(self, s: Sentence, i: int) -> bool:
        """Token i is a participle after a passive auxiliary ("were shipped", "sono stati
        inviati", "ont été livrés")."""
        toks = s.tokens
        k = i - 1
        while k > 0 and toks[k].fold in _ADVERBS:
            k -= 1
        # "were fighting": a progressive, no passive; "a state visit": no auxiliary
        return k >= 0 and toks[k].fold in _PASSIVE_BEFORE.get(self.b.language, _PASSIVE_AUX) \
            and toks[i].text.islower() and not toks[i].fold.endswith(_GERUNDS)

    def _referent(self, noun: Token) -> _Candidate:
        """The source "the agency", "the ministry" refers to: the last one named of a kind
        the noun can name (an agency is no ministry of a state), else the last one."""
        assert self.last_source is not None
        if noun.fold in self.r.media_nouns or noun.lemma in self.r.media_nouns:
            kinds = {"media", "organization"}
        elif noun.fold in self.r.org_heads or noun.lemma in self.r.org_heads or \
                noun.fold in _ARMED:  # "the military said": no news agency
            kinds = {"government_body", "organization"}
        else:
            return self.last_source
        return next((c for c in reversed(self.sources) if _kind(self, c.actor) in kinds),
                    self.last_source)

    def _coordinated(self, s: Sentence, cands: list[_Candidate], who: _Candidate,
                     forward: bool) -> list[_Candidate]:
        group = [who]
        ordered = cands if forward else list(reversed(cands))
        try:
            k = next(n for n, c in enumerate(ordered) if c is who)
        except StopIteration:
            return group
        kinds: list[str] = []  # how each member joins the one before: "and" or ","
        rest = ordered[k + 1:]
        for n, c in enumerate(rest):
            prev = group[-1]
            if "pronoun" in (c.kind, prev.kind):
                break  # "..., and he accused": a clause of its own
            if c.actor == prev.actor and (self.text[c.end:prev.start] if not forward else
                                          self.text[prev.end:c.start]).strip() == ",":
                # "the State Duma and the Federation Council, the upper house of
                # parliament, had both approved": the body and its apposition are one
                # member; the join goes on from the name (session 15)
                group[-1] = c if not forward else prev
                continue
            # two people each with a title of his own ("NATO Secretary General Mark Rutte
            # and U.S. Secretary of State Antony Blinken", "il ministro degli Esteri Tajani
            # e il ministro della Difesa Crosetto", "le président sud-coréen Yoon et le
            # Premier ministre japonais Kishida"): the names in the later one's title are
            # no members, and the "and" before that title joins the two
            later = (prev if self._titled_person(s, prev) else None) if not forward else next(
                (q for q in rest[n:] if self._titled_person(s, q)), None)
            if later is not None and self._in_title(s, c, later) and (
                    not forward or self._title_start(s, later) >= prev.end):
                continue
            if forward and self._titled_person(s, c) and self._title_start(s, c) >= prev.end:
                gap = self.text[prev.end:self._title_start(s, c)]
            elif not forward and self._titled_person(s, prev) and \
                    self._title_start(s, prev) >= c.end:
                gap = self.text[c.end:self._title_start(s, prev)]
            else:
                gap = self.text[prev.end:c.start] if forward else self.text[c.end:prev.start]
            words = [fold_key(w) for w in _WORD.findall(gap)]
            # "confermato dalla Nato e dal Pentagono": the agent's preposition repeated
            coord = _COORD | _AGENT_AGAIN if forward else _COORD
            if forward:
                # "ha chiesto alla Cina e alla Russia", "a demandé à la Chine et à l'Inde",
                # "urged China and then Japan": the first name's preposition again
                coord = coord | (_BENEFACTIVE if _prev_word(s, prev, self.r.title_words)
                                 in _BENEFACTIVE else frozenset())
                # "in Cina e in Vietnam", "en Chine et au Vietnam": a place's preposition
                # again (session 13)
                places = _LOCATIVE.get(self.b.language, set()) | {"aux", "nel", "nei"}
                if _prev_word(s, prev, self.r.title_words) in places:
                    coord = coord | places
            if gap.strip(" ,") and words and set(words) <= coord and set(words) & (
                    _AND | _THEN) or \
                    prev.kind == c.kind == "pair" and not gap.strip():
                kinds.append("and")  # "the two countries": both
            elif gap.strip().startswith(",") and (not words or set(words) <= _ARTICLE_WORDS
                                                  and "," not in gap.strip()[1:]):
                kinds.append(",")  # "Washington, Seoul and Tokyo", "Japan, the United States"
            else:
                break
            group.append(c)
        # a list needs its "and": "Washington, Seoul and Tokyo", never "Russia, NATO said"
        last_and = max((n for n, kind in enumerate(kinds) if kind == "and"), default=-1)
        if forward:
            return group[:last_and + 2]
        # backwards from the verb the nearest join must be the "and": "A, B and C said"
        return group[:1] if kinds and kinds[0] == "," else group

    def _acts_then_says(self, s: Sentence, c: _Candidate, trig: int) -> bool:
        """Name c is the subject of the trigger's verb and of a verb of saying after "and"
        past it ("Putin met Kim in Pyongyang and said", "a reçu M. Choe et a déclaré")."""
        toks = s.tokens
        if c.start >= toks[trig].start:
            return False
        for v, subj in self.cue_subjects:
            if (subj.start, subj.end) != (c.start, c.end) or v <= trig:
                continue
            k = v - 1
            while k > trig and toks[k].text.lower() not in _AND and \
                    toks[k].fold in _AUXILIARIES | _ADVERBS | _MID_ADVERBS:
                k -= 1
            if k > trig and toks[k].text.lower() in _AND and \
                    "," not in self.text[toks[k - 1].end:toks[k].start]:
                return True
        return False

    def _lead_before_and(self, s: Sentence, cands: list[_Candidate], i: int,
                         subject: _Candidate) -> _Candidate:
        """ "Lavrov ha ricevuto Choe e ha definito i rapporti «...»", "Poutine a reçu M. Choe
        et a qualifié", "received Choe and called the ties": the verb after "and" (its
        auxiliary and adverbs between) has the subject of the first verb, not the name
        nearest before it."""
        toks = s.tokens
        k = i - 1
        while k > 0 and toks[k].fold in (_AUXILIARIES - _AND) | _ADVERBS | _MID_ADVERBS \
                | _CLITICS:
            k -= 1
        if k <= 0 or toks[k].fold not in _AND or subject.start >= toks[k].start:
            return subject
        lead = next((c for c in cands if c.kind not in ("source", "demonym")
                     and not s.quoted(c.start) and self._paren_of(c.start) is None), None)
        if lead is None or lead.start >= subject.start or any(
                t.fold in _AND | {","}
                for t in toks[s.token_at(lead.end):s.token_at(subject.start)]):
            return subject
        return lead

    def _titled_person(self, s: Sentence, c: _Candidate) -> bool:
        """A person's name with a title before it ("U.S. Secretary of State Antony Blinken")."""
        return _kind(self, c.actor) == "person" and self._title_start(s, c) < c.start

    def _title_start(self, s: Sentence, c: _Candidate) -> int:
        """Where the title before name c begins (c's own start when it has none)."""
        j = self._word_before_title_at(s, c)
        k = j + 1
        while k < len(s.tokens) and s.tokens[k].start < c.start and \
                not s.tokens[k].text[:1].isalnum():
            k += 1  # (not from the comma or the dash before it)
        # (no title reaches across a comma: "Addressing the State Duma, Sergey Lavrov")
        while k < len(s.tokens) and s.tokens[k].start < c.start and \
                "," in self.text[s.tokens[k].start:c.start]:
            k += 1
        if k >= len(s.tokens) or s.tokens[k].start >= c.start:
            return c.start
        return s.tokens[k].start

    def _in_title(self, s: Sentence, c: _Candidate, person: _Candidate) -> bool:
        """Name c is a word of the title before person's name ("U.S." in "U.S. Secretary
        of State Antony Blinken")."""
        return c is not person and _kind(self, c.actor) != "person" and \
            self._title_start(s, person) <= c.start and c.end <= person.start

    def _source_name_before(self, s: Sentence, k: int) -> _Candidate | None:
        """ "Japan's Kyodo news agency", "South Korea's KBS television": the capitalised
        name just before a source noun names the source."""
        toks = s.tokens
        j = k - 1
        while j > 0 and toks[j].fold in {"news", "press", "state"}:
            j -= 1
        seen = self.mentions.at(toks[j].start) if j > 0 else None
        if seen is not None and seen.start == toks[j].start and seen.end == toks[j].end and \
                seen.target in self.result.new_actors and j < k - 1:
            return _Candidate(seen.target, seen.start, seen.end, "new")  # read before
        if j <= 0 or not toks[j].text[:1].isupper() or not toks[j].text.isalpha() or \
                self.mentions.at(toks[j].start) is not None or _modifier(toks[j]) or \
                self.text[toks[j].end:toks[j + 1].start] != " ":
            return None
        name = toks[j].text
        actor_id = slug(name)
        kind = "media" if toks[k].fold in self.r.media_nouns else "organization"
        if actor_id not in self.lexicon.actors:
            phrase = self.text[toks[j].start:toks[k].end]
            self.result.new_actors.setdefault(actor_id, NewActor(
                actor_id, name, kind, cue=f"named source ('{phrase}')",
                evidence=(s.start, s.end)))
        self.mentions.add(Mention(toks[j].start, toks[j].end, name, actor_id, "name"))
        return _Candidate(actor_id, toks[j].start, toks[j].end, "new")

    def _unnamed_source(self, s: Sentence, i: int, forward: bool) -> list[_Candidate]:
        """An unnamed source ("Western officials", "fonti di intelligence") near token i."""
        toks = s.tokens
        rng = range(i, min(i + 10, len(toks))) if forward else range(i, max(i - 6, -1), -1)
        for k in rng:
            if not 0 <= k < len(toks) or toks[k].fold not in self.r.source_nouns:
                continue
            outlet = self.mentions.at(toks[k + 1].start) if k + 1 < len(toks) else None
            if outlet is not None and _kind(self, outlet.target) == "media":
                continue  # "North Korea's official KCNA": a word of the outlet named
            if k > 0 and toks[k - 1].fold in _SAME and self.last_source is not None:
                # "the same source", "la même source", "la stessa fonte": the source named
                # before
                return [_Candidate(self.last_source.actor, toks[k].start, toks[k].end,
                                   "anaphor")]
            inside = self.mentions.at(toks[k].start)
            if inside is not None and inside.kind != "demonym" and not inside.agreement and \
                    inside.start < toks[k].start:
                # "South Korea's National Intelligence Service": a name, not a description
                return [_Candidate(inside.target, inside.start, inside.end, inside.kind)]
            named = self._source_name_before(s, k)
            if named is not None:
                return [named]
            lo = hi = k
            # "NATO officials", "Pentagon sources": the named actor speaks
            owner = next((m for m in self.mentions.within(toks[k].start - 80, toks[k].start)
                          if not m.agreement and m.kind != "demonym"
                          and self.text[m.end:toks[k].start].strip(" '’s") == ""), None)
            if owner is not None:
                return [_Candidate(owner.target, owner.start, owner.end, owner.kind)]
            # adjectives and demonyms before (English) or after (Romance languages)
            while lo > 0 and k - lo < 4 and _modifier(toks[lo - 1]):
                lo -= 1
                here = self.mentions.at(toks[lo].start)
                demonym = here if here is not None and here.kind == "demonym" else None
                while demonym is not None and lo > 0 and toks[lo - 1].start >= demonym.start:
                    lo -= 1
            # "fonti dell'intelligence occidentale"; not "stime dell'intelligence rese note":
            # a verb of saying ends the source
            said = set(s.hits(self.r.report)) | set(s.hits(self.r.confirm)) | \
                set(s.hits(self.r.deny))
            while hi + 1 < len(toks) and hi - k < 3 and hi + 1 not in said:
                if set(self.text[toks[hi].end:toks[hi + 1].start]) & {",", ";", ":", "(", ")"}:
                    break  # "secondo gli esperti ucraini, missili nordcoreani ...": its end
                adj = self.mentions.at(toks[hi + 1].start)
                place = self.mentions.at(toks[hi + 2].start) if hi + 2 < len(toks) else None
                if adj is not None and adj.kind == "demonym" and \
                        adj.start == toks[hi + 1].start:
                    hi = s.token_at(adj.end - 1)  # "l'agence officielle nord-coréenne"
                elif toks[hi + 1].fold in _GENITIVE | _DEFINITE_CONTRACTED and \
                        place is not None and place.start == toks[hi + 2].start and \
                        _kind(self, place.target) in ("organization", "alliance") and \
                        not place.agreement:
                    # "un gruppo di esperti delle Nazioni Unite": the organisation whose
                    # source it is, a part of its description
                    hi = s.token_at(place.end - 1)
                    break
                elif toks[hi + 1].fold in _GENITIVE | _DEFINITE_CONTRACTED and \
                        hi + 4 < len(toks) and toks[hi + 2].fold in _GOVERNMENT_NOUNS and \
                        toks[hi + 3].fold in {"di", "de", "d", "of"} and \
                        (gov := self.mentions.at(toks[hi + 4].start)) is not None and \
                        gov.kind == "capital":
                    # "alti funzionari del governo di Pechino", "officials of the government
                    # of Seoul": the capital names whose officials they are
                    hi = s.token_at(gov.end - 1)
                    break
                elif toks[hi + 1].fold in {"di", "de", "d"} and place is not None and \
                        place.start == toks[hi + 2].start and place.kind == "capital":
                    # "l'intelligence di Seul", "un alto funzionario di Seul": the
                    # capital names whose source it is, a part of its description
                    hi = s.token_at(place.end - 1)
                    break
                elif _modifier(toks[hi + 1]) or toks[hi + 1].fold in _SOURCE_OF \
                        and hi + 2 < len(toks) or toks[hi + 1].fold in self.r.source_nouns \
                        and self.text[toks[hi].end:toks[hi + 1].start] == " ":
                    hi += 1  # (and "intelligence officials")
                elif self.b.language != "en" and toks[hi + 1].text.isalpha() and \
                        toks[hi + 1].text.islower() and place is not None and \
                        place.kind == "demonym" and place.start == toks[hi + 2].start:
                    # "i servizi segreti sudcoreani", "les médias officiels nord-coréens":
                    # a word of the description before its demonym
                    hi += 1
                else:
                    break
            if hi + 1 < len(toks) and toks[hi + 1].fold in _CLOSE_TO and \
                    self.text[toks[hi].end:toks[hi + 1].start] == " ":
                # "sources familiar with the matter", "fonti vicine al Cremlino", "des
                # sources proches du dossier": the whole description (to a comma or a verb)
                j = hi + 1
                while j + 1 < len(toks) and j - hi < 6 and j + 1 not in said and \
                        toks[j + 1].fold not in _QUOTED and \
                        self.text[toks[j].end:toks[j + 1].start] in (" ", "'", "’"):
                    j += 1
                hi = j
            while hi > k and toks[hi].fold in _SOURCE_OF:
                hi -= 1
            if lo == k and lo >= 2 and toks[lo - 1].fold in _SOURCE_OF and \
                    toks[lo - 2].fold in self.r.source_collectives:
                lo -= 2  # "un groupe d'experts", "a panel of experts"
            elif lo == k:
                # "a panel of United Nations sanctions monitors": a collective and "of"
                # before the noun's own words
                for j in range(k - 1, max(k - 5, 1), -1):
                    if toks[j].fold in _SOURCE_OF and \
                            toks[j - 1].fold in self.r.source_collectives and not any(
                                p in self.text[toks[j - 1].start:toks[k].start]
                                for p in ",;:()"):
                        lo = j - 1
                        break
            if lo == hi == k and k > 0 and toks[k - 1].fold in self.r.articles - \
                    self.r.indefinite and toks[k].fold.endswith(("s", "i")):
                # "the officials added", "les diplomates ont ajouté": the source of that noun
                # named before ("American defence officials")
                before = next((c for c in reversed(self.sources)
                               if toks[k].fold in c.actor.split("-")), None)
                if before is not None:
                    return [_Candidate(before.actor, toks[k].start, toks[k].end, "anaphor")]
            while lo < k and toks[lo].fold in self.r.articles:
                lo += 1
            start, end = toks[lo].start, toks[hi].end
            for m in self._mentions_in(start, end):
                self.consumed.add((m.start, m.end))
            kind = "media" if toks[k].fold in self.r.media_nouns else "group"
            # "l'agence de renseignement militaire ukrainienne (HUR)": the description's
            # last words may run past the phrase read so far
            for last in range(hi, min(hi + 6, len(toks))):
                if last > hi and (not toks[last].text.islower() or
                                  self.text[toks[last - 1].end:toks[last].start] != " "):
                    break
                named = self._source_apposition(s, toks[last].end)
                if named is not None:
                    for m in self._mentions_in(start, toks[last].end):
                        self.consumed.add((m.start, m.end))  # "ukrainienne": its description
                    return [named]
            nxt = hi + 1
            seen = self.mentions.at(toks[nxt].start) if nxt < len(toks) else None
            if seen is not None and seen.start == toks[nxt].start and \
                    seen.target in self.result.new_actors and \
                    self.text[toks[hi].end:toks[nxt].start] == " ":
                return [_Candidate(seen.target, seen.start, seen.end, "new")]  # read before
            if nxt < len(toks) and toks[nxt].text[:1].isupper() and toks[nxt].text.isalpha() \
                    and self.text[toks[hi].end:toks[nxt].start] == " " \
                    and self.mentions.at(toks[nxt].start) is None:
                # "l'agenzia di intelligence sudcoreana Nis": the source has a name
                name_end = nxt
                while name_end + 1 < len(toks) and toks[name_end + 1].text[:1].isupper() \
                        and self.text[toks[name_end].end:toks[name_end + 1].start] == " ":
                    name_end += 1
                n_start, n_end = toks[nxt].start, toks[name_end].end
                actor_id = slug(self.text[n_start:n_end])
                if actor_id not in self.lexicon.actors:
                    self.result.new_actors.setdefault(actor_id, NewActor(
                        actor_id, self.text[n_start:n_end], "organization",
                        cue=f"named source ('{self.text[start:end]}')",
                        evidence=(s.start, s.end)))
                self.mentions.add(Mention(n_start, n_end, self.text[n_start:n_end],
                                             actor_id, "name"))
                return [_Candidate(actor_id, n_start, n_end, "new")]
            name = self.text[start:end]
            actor_id = slug(name)
            if actor_id in self.lexicon.actors:
                return [_Candidate(actor_id, start, end, "source")]
            self.result.new_actors.setdefault(actor_id, NewActor(
                actor_id, name, kind, cue="unnamed source", evidence=(s.start, s.end)))
            return [_Candidate(actor_id, start, end, "source")]
        return []

    def _source_apposition(self, s: Sentence, pos: int) -> _Candidate | None:
        """The name a source's description is given right after it, in parentheses or
        between commas: "Ukraine's military intelligence agency, the HUR, said", "selon
        l'agence de renseignement militaire ukrainienne (HUR)", "a déclaré le chef du
        renseignement militaire ukrainien, Kyrylo Boudanov": that name is the source. A
        state is never such a name ("according to officials, Russia has...")."""
        m = _APPOSITION.match(self.text, pos, s.end)
        if m is None:
            return None
        a, b = m.span("name")
        paren = m.group("open") == "("
        if paren != (m.group("close") == ")"):
            return None
        found = self.mentions.at(a)
        if found is not None and found.start == a:
            if found.end != b or found.agreement or found.kind in ("demonym", "capital") \
                    or _kind(self, found.target) == "state":
                return None
            return _Candidate(found.target, found.start, found.end, found.kind)
        name = self.text[a:b]
        if self.mentions.overlapping(a, b) or not (
                paren or m.group("article") or name.isupper() and len(name) > 1):
            return None  # an unknown name between commas only after an article or as an
            # acronym ("the HUR"): not "according to officials, Pyongyang..."
        actor_id = slug(name)
        self._new_actor(actor_id, name, "organization", f"named source ('{name}')", s)
        self.mentions.add(Mention(a, b, name, actor_id, "name"))
        return _Candidate(actor_id, a, b, "new")

    # --- events ---------------------------------------------------------------------

    def _events(self, s: Sentence, cands: list[_Candidate], asserter_spans: set[tuple[int, int]],
                agreement: str | None, asserters: list[_Candidate]) -> list[FoundEvent]:
        out: list[FoundEvent] = []
        self._asserter_spans = asserter_spans
        self._past_ignored = set()
        self._law_ratifiers: set[str] = set()
        # the triggers of the sentence that tell an event of the model (a verb or noun of
        # an event type with what it needs near it), and those that tell none after all (a
        # fact only possible, planned or negated; soldiers' fate): what is said with no
        # live trigger tells no event of the model (GUIDELINES, statement settlement)
        self._live_hits: set[int] = set()
        self._dead_hits: set[int] = set()
        other_fact = False
        unreal_fact = False  # a fact only possible, planned or denied by the text
        unreal_types: set[EventType] = set()
        unreal_at = s.end  # where the first such fact is told
        unreal_verbs: list[int] = []  # tokens of the verbs of such facts
        for rule in self.r.events:
            # a word of an actor's name is no trigger ("the Alliance" is NATO, no alliance)
            hits = [h for h in s.hits(rule.words) if not (
                (m := self.mentions.at(s.tokens[h].start)) is not None and not m.agreement)]
            if rule.type == EventType.DEPLOYMENT:
                hits = sorted(set(hits) | set(self._troops_present(s, rule)))
            if rule.type == EventType.MILITARY_ASSISTANCE and rule.converse:
                # a verb of use helps only with the troops it uses right after it ("using
                # North Korean soldiers"; not "missiles presumably used in strikes")
                hits = [h for h in hits if not (
                    s.tokens[h].fold in rule.converse.words
                    or s.tokens[h].lemma in rule.converse.words) or any(
                    s.tokens[k].fold in rule.needs.words or s.tokens[k].lemma in rule.needs.words
                    for k in range(h + 1, min(len(s.tokens), h + 6)))]
            if rule.type == EventType.RATIFICATION:
                # "exchanged the instruments of ratification", "les documents de
                # ratification", "the ratification papers": the noun of the instruments, part
                # of the entry into force, is no ratification (session 15)
                hits = [h for h in hits if not self._instrument_of_ratification(s, h)]
            if rule.type == EventType.COOPERATION and not rule.needs:
                # "Russia and North Korea cooperate closely": the verb in a finite form;
                # not "urged Pyongyang to cooperate", "pledged to work together" (session 15)
                hits = [h for h in hits if not (h and s.tokens[h - 1].fold in {
                    "to", "not", "never", "cannot", "can", "could", "will", "would", "should",
                    "must", "may", "might", "shall"})]
            frames = self._appeal_frames(s, cands)
            if frames:
                # "received an appeal from", "un appello è stato rivolto a": the noun tells
                # the appeal, the verb around it no event of its own (session 15)
                frame_verbs = {v for v, _, _ in frames.values()}
                hits = sorted(set(h for h in hits if h not in frame_verbs) | set(frames)) \
                    if rule.type == EventType.APPEAL else [
                        h for h in hits if h not in frame_verbs and h not in frames]
            if rule.type == EventType.APPEAL:
                # "devant la presse", "alla stampa": the press, no verb of pressing; "i
                # giornalisti che gli chiedevano di una possibile cooperazione": a question
                # about something, no appeal (session 15)
                hits = [h for h in hits if not (
                    h and s.tokens[h].fold in ("presse", "presses")
                    and s.tokens[h - 1].fold in ("la", "les", "de", "sa", "leur"))
                    and not (h + 2 < len(s.tokens) and s.tokens[h].lemma == "chiedere"
                             and s.tokens[h + 1].fold == "di"
                             and s.tokens[h + 2].fold in _IT_INDEFINITE | _ARTICLE_WORDS)]
                # "told Beijing to rein in its ally": a verb of telling is an appeal only with
                # whom it tells to act (session 14)
                hits = [h for h in hits if s.tokens[h].fold not in _TOLD_TO_ACT
                        or self._tells_to_act(s, h)]
                # "invited Kim to visit Moscow", "a invité Kim à se rendre à Moscou": an
                # invitation to travel, no appeal (session 14)
                visit_words = {k for r in self.r.events if r.type == EventType.VISIT
                               for k in s.hits(r.words)} | {
                    k for k, t in enumerate(s.tokens) if t.fold in _COME}
                hits = [h for h in hits if not (
                    (s.tokens[h].fold in _INVITE or s.tokens[h].lemma in _INVITE)
                    and (any(h < k <= h + 10 for k in visit_words)
                         or self._invited_to_place(s, h)))]
                # "a demandé mercredi à l'Inde", "a également demandé à la Russie": a day or
                # an adverb between the verb and whom it asks (session 15)
                hits += [h for h, t in enumerate(s.tokens) if h not in hits and 0 < h
                         and h + 2 < len(s.tokens) and t.fold in ("demande", "demandes",
                                                                  "demandee", "demandees")
                         and s.tokens[h - 1].fold in _AUXILIARIES | _TIME_ADVERBS
                         and s.tokens[h + 1].fold in _TIME_ADVERBS
                         and s.tokens[h + 2].fold in ("a", "au", "aux")]
                # "insisted that Moscow must stop", "a insisté pour que Moscou renvoie"
                hits += [h for h, t in enumerate(s.tokens) if h not in hits
                         and self._insists_on_act(s, h)]
                # "a proposé à Kim d'échanger", "ha proposto a Kim di scambiare": a proposal
                # that another act is an appeal to him (not one to travel; session 15)
                hits += [h for h, t in enumerate(s.tokens) if h not in hits
                         and self._proposed_to_act(s, h)
                         and not any(h < k <= h + 10 for k in visit_words)]
                hits.sort()
            # a trigger tells an event of the model with what it needs near it ("sent
            # troops", "shipped shells"; not "shipped wheat"), or as a noun referring back
            # to one ("the dispatch", "the transfers", "leurs entretiens")
            # (what it needs anywhere in the sentence: "Missiles fired at Kharkiv were
            # among dozens of KN-23s delivered to Russia")
            # (a noun as written after an article, not a verb's form: "ses équipes" is no
            # "équiper")
            self._live_hits.update(h for h in hits if not rule.needs or s.has(rule.needs)
                                   or h and s.tokens[h].fold in rule.words.words and (
                    s.tokens[h - 1].fold in self.r.articles | _ARTICLE_WORDS | _DETERMINERS
                    and s.tokens[h - 1].fold not in _POSSESSIVES
                    or s.tokens[h - 1].text.endswith("'s")))
            if rule.type == EventType.ACCUSATION:
                # "dismissed the accusations", "ha liquidato le accuse": the noun refers
                # to accusations told before, it is no new one
                # (French "il" is a pronoun: "qu'il accuse d'avoir envoyé"; session 15)
                hits = [h for h in hits if not (h and (
                    s.tokens[h - 1].fold in self.r.articles | _ARTICLE_WORDS
                    and not (self.b.language == "fr" and s.tokens[h - 1].fold == "il")
                    or s.tokens[h - 1].fold in _DETERMINERS))]
            if rule.type == EventType.VISIT:
                # "condemned the visit, urging...", "ha condannato la visita": the visit told
                # before; not "the visit of Lavrov", "la visita a Pyongyang", which tell it
                hits = [h for h in hits if not (
                    h and (s.tokens[h - 1].fold in _ARTICLE_WORDS | _DETERMINERS)
                    and (h + 1 >= len(s.tokens) or s.tokens[h + 1].fold not in
                         _GENITIVE | self.r.to_patient | _DEFINITE_CONTRACTED))]
            if rule.type == EventType.MEETING:
                # "Al termine dei colloqui", "before the summit": the talks told before;
                # not "ai colloqui con il ministro", which names who met
                hits = [h for h in hits if not (_after_phrase(s, h, self.r.back_reference)
                                                or h and s.tokens[h - 1].fold in _DETERMINERS)
                        or (h + 1 < len(s.tokens) and s.tokens[h + 1].fold in _SIGNED_WITH)
                        # "Nei colloqui di ieri con Lavrov", "At the talks on Monday with"
                        or self._with_after_time(s, h)]
                # "The meeting came a week after...", "hanno condannato i colloqui", "les
                # entretiens ont duré": a meeting told before, named again by its noun;
                # not "the talks between X and Y", "i colloqui con", which tell who met
                # (and with none told before, the noun names no sides: "South Korea
                # summoned the Russian ambassador to protest the talks")
                hits = [h for h in hits if not (
                    h and s.tokens[h - 1].fold in _ARTICLE_WORDS
                    and s.tokens[h].text.islower()
                    and (h + 1 >= len(s.tokens) or s.tokens[h + 1].fold not in
                         _COMITATIVE | _BETWEEN | _GENITIVE | _DEFINITE_CONTRACTED
                         | self.r.to_agent)
                    # ("At the talks on Monday with Choe, he said": who met, after the time)
                    and not self._with_after_time(s, h))]
            if rule.needs and rule.type not in MILESTONES:
                # "sent troops", "handed ... shells": the word it needs stands near it, in
                # its clause ("shipped shells to Russia, while Seoul sent aid": not "sent")
                # (a clause of the place after a comma too: "the battle in Kursk, where
                # North Korean troops fought alongside Russian units", ", dove", ", où")
                bounds = self._clause_bounds(s) + [
                    k for k in range(1, len(s.tokens)) if s.tokens[k].text.lower() in _WHERE
                    and "," in self.text[s.tokens[k - 1].end:s.tokens[k].start]]
                near = [h for h in hits if any(
                    abs(h - k) <= NEEDS_WORDS and not any(min(h, k) < b <= max(h, k)
                                                          for b in bounds)
                    for k in s.hits(rule.needs))
                    or rule.type == EventType.MILITARY_ASSISTANCE
                    and self._troops_referred(s, rule, h)
                    # ("Les unités nord-coréennes déployées dans la région russe de Koursk
                    # ont été engagées dans des combats": the troops, the subject, told
                    # before a participle phrase; further than for other words, session 16)
                    or rule.type == EventType.MILITARY_ASSISTANCE and self._fighting(s, h)
                    and not s.has(rule.bare_not_with) and not any(
                        s.tokens[j].fold in self.r.articles | _ARTICLE_WORDS
                        | _DEFINITE_CONTRACTED | _PREPOSITIONS for j in range(max(0, h - 2), h))
                    and any(0 < h - k <= _SUBJECT_TROOPS_REACH and not any(
                        k < b <= h for b in bounds) for k in s.hits(rule.needs))]
                if rule.type == EventType.MILITARY_ASSISTANCE:
                    # "took part in the fighting", "ont participé aux combats": taking part
                    # helps only in the fighting
                    near = [h for h in near if s.tokens[h].fold not in _PARTAKE
                            or self._fighting(s, h)]
                greeted = [h for h in hits if rule.type == EventType.MEETING
                           and self._greeted_by_person(s, h)]
                hits = near or greeted or ([] if s.has(rule.needs) else hits)
            else:
                greeted = []
            if not hits:
                continue
            if rule.needs and not s.has(rule.needs) and not (
                    agreement and rule.type in MILESTONES) and not (
                    rule.type == EventType.RATIFICATION and self._law_approved(s, hits)) \
                    and not greeted:
                continue
            if rule.needs and not s.has(rule.needs) and rule.type in MILESTONES:
                # ("Il testo è stato approvato dai deputati, riferisce la Tass": the law or
                # text of the treaty approved, a fact of the model, no declaration; session 15)
                self._live_hits.update(hits)
            # one event per clause: "X visited A, while Y travelled to B"
            rule_hits = hits
            heads = self._clause_heads(s, rule_hits)
            # a milestone in a participle after the agreement's noun is its own clause ("the
            # law ratifying the treaty with North Korea, signed in Pyongyang on June 19";
            # session 15): a head of its own, its words its clause's alone
            signs = {w for r in self.r.events if r.type == EventType.SIGNING
                     for w in r.words.words}
            own_heads = [h for h in rule_hits if rule.type in MILESTONES and h not in heads
                         and h > heads[0] and self._agreement_participle(s, h) and not (
                             rule.type != EventType.SIGNING and (
                                 s.tokens[h].fold in signs or s.tokens[h].lemma in signs))]
            for first in sorted(heads + own_heads):
                hits = [first, *[h for h in rule_hits if h > first]]
                if first in own_heads or rule.type == EventType.SIGNING and first > 0 \
                        and self._agreement_participle(s, first):
                    own_a, own_b = self._own_clause(s, first)
                    if any(own_a <= s.tokens[k].start < own_b for k in s.hits(rule.not_with)):
                        continue
                elif self._not_with_near(s, rule, first):
                    continue
                if rule.type in (EventType.DEPLOYMENT, EventType.SUPPLY):
                    hits = self._object_relative_verb(s, rule, hits, cands)
                trig = s.tokens[hits[0]]
                # a milestone told in a participle after the agreement's noun, in its
                # relative clause or in a "since" clause is an event when its clause gives
                # it a date or a place of its own ("the pact signed in Pyongyang in June",
                # "the treaty, which took effect on Dec. 4", "since the treaty took effect
                # in December"), told by the text itself; one that only identifies the
                # treaty is none (GUIDELINES, settled after the held-out round of session 12)
                background = rule.type in MILESTONES and hits[0] > 0 and (
                    self._agreement_participle(s, hits[0])
                    or self._agreement_relative(s, hits[0]) or self._since_clause(s, hits[0]))
                if background and not self._own_time_or_place(s, hits[0]):
                    # "the treaty concluded between Russia and North Korea", "under the
                    # partnership treaty signed by the two leaders": background
                    continue
                if rule.type in MILESTONES and hits[0] > 0 and (
                        hits[0] > 1 and s.tokens[hits[0] - 2].fold in _SINCE
                        and s.tokens[hits[0] - 1].fold in _ARTICLE_WORDS | self.r.articles
                        or s.tokens[hits[0] - 1].fold in _SINCE - {"since", "depuis", "da"}):
                    # "Since the signing of the treaty", "Depuis la signature du traité",
                    # "Dalla firma del trattato": a time told by the treaty's past; with a
                    # date or place of its own ("since the signing of the pact in Pyongyang
                    # in June", "depuis la signature du traité le 19 juin") it is an event
                    # of its clause, as milestones in a "since" clause are (session 15)
                    if not self._own_time_or_place(s, hits[0]):
                        continue
                    background = True
                if rule.type in MILESTONES and hits[0] > 1 and (
                        s.tokens[hits[0] - 2].fold in _AFTER_BEFORE and
                        s.tokens[hits[0] - 1].fold in _ARTICLE_WORDS | self.r.articles
                        or self._time_of_treaty(s, hits[0])) and \
                        not any(s.tokens[k].fold in _BY_WORDS for k in range(
                            hits[0] + 1, min(hits[0] + 9, len(s.tokens)))):
                    # "si è intensificata dopo la firma del trattato di giugno", "after the
                    # signing of the pact": a time; not "après la ratification du traité par
                    # la Douma", which tells who ratified
                    continue
                if rule.type == EventType.SUBMISSION and self._goods_sent(s, hits[0]):
                    # "accused Moscow of sending arms to North Korea", "d'envoyer des armes",
                    # "di inviare armi": goods sent, no text to a chamber (session 15)
                    continue
                if rule.type in MILESTONES and self._milestone_setting(s, hits[0]) and \
                        not self._own_time_or_place(s, hits[0]):
                    # "At the signing ceremony, Putin said", "Alla cerimonia della firma",
                    # "Lors de la cérémonie de signature": the setting of another fact
                    # (session 15)
                    continue
                if first == rule_hits[-1] and self._bare_back_reference(s, rule, first):
                    # "called the soldiers heroes": the soldiers told of before, no new
                    # sending
                    self._dead_hits.add(first)
                    continue
                if s.has(rule.bare_not_with) and not self._present_before_fate(
                        s, rule, rule_hits) and all(
                        s.tokens[h].fold in rule.needs.words
                        or s.tokens[h].lemma in rule.needs.words
                        # ("killed in the fighting", "nei combattimenti": a noun, no verb)
                        or h and s.tokens[h - 1].fold in self.r.articles | _ARTICLE_WORDS
                        | _DEFINITE_CONTRACTED
                        # a phrase of the fighting ("in the fighting", "au combat"): a noun
                        or s.tokens[h].fold in _PREPOSITIONS for h in rule_hits):
                    # "two North Korean soldiers captured": their fate, a fact the model has no
                    # type for; not sent by this sentence, and not a declaration either
                    other_fact = True
                    self._dead_hits.update(rule_hits)
                    continue
                own_rel = self._reported_relative(s, rule, hits)
                unreal = any(0 < hits[0] - i <= 6 and not own_rel for i in s.hits(self.r.future)
                             # "devant la presse", "alla stampa": the press, no verb of
                             # pressing anyone to act
                             if not self._press_noun(s, i)
                             # "discussed the treaty, which entered into force on Dec. 4":
                             # what is discussed is the main clause's, not the relative's
                             if not (background and "," in s.text[
                                 s.tokens[i].end - s.start:trig.start - s.start])
                             # "would have sent", "may have shipped": hearsay of a past
                             # fact (alleged), not a future one
                             if not (i + 1 < len(s.tokens) and s.tokens[i + 1].fold == "have")
                             # "North Korea likely shipped": an adverb before a past verb
                             # hedges it (alleged), it plans nothing
                             and not (s.tokens[i].fold in self.r.allege.words
                                      and i + 1 == hits[0] and (
                                          trig.fold.endswith("ed")
                                          # "had likely given", "has probably sold"
                                          or i > 0 and s.tokens[i - 1].fold in _HAVE_AUX))
                             # "NEW YORK, May 30 —", "on May 12": the month, not the modal
                             if s.tokens[i].start >= self.dateline_end and not (
                                 s.tokens[i].text[:1].isupper() and i + 1 < len(s.tokens)
                                 and s.tokens[i + 1].text.isdigit())) or \
                    any(i < hits[0] and "," not in s.text[s.tokens[i].end - s.start:
                                                        trig.start - s.start]
                        and not (i + 1 < len(s.tokens) and s.tokens[i + 1].fold == "have")
                        for i in s.hits(self.r.conditional)) or \
                    rule.type not in _SPEECH_ACTS and (
                        self._future_tense(s, hits[0])
                        # "A visit by Kim to Moscow is possible", "la ratifica ..., attesa"
                        or self._hedged_noun(s, hits[0])
                        # "any such deployment would be lawful", "un eventuale invio", "toute
                        # livraison d'armes serait": a fact only supposed
                        or self._supposed_noun(s, hits[0])
                        or any(self._in_condition(s, h) for h in hits)
                        # "troops may be deployed", "i soldati potrebbero essere inviati":
                        # a noun whose verb is a modal's
                        or self._noun_of_modal(s, hits[0])
                        # "la ratification n'a pas encore été annoncée"
                        or self._unhappened_noun(s, hits[0])
                        # "before it can take effect", "dovrà essere esaminato ... prima di
                        # essere firmato da Putin"
                        or self._before_unreal(s, hits[0])
                        # "still needs the approval of the Council", "mancano la firma della
                        # legge e la ratifica", "Pour entrer en vigueur" (session 15)
                        or rule.type in MILESTONES and self._pending_milestone(s, hits[0])
                        # "sent the treaty to the Duma for ratification", "The Duma received
                        # the ratification bill": a purpose, a law only named
                        or rule.type == EventType.RATIFICATION and (
                            self._for_ratification(s, hits[0])
                            or self._law_named_only(s, hits[0])
                            or self._debated(s, hits[0]))
                        # "promised to send", "si prepara a inviare", "no evidence that"
                        or self._purpose(s, hits[0])
                        # "during a meeting of the Security Council", "lors d'une réunion
                        # du Conseil de sécurité": a body's session, no meeting of sides
                        or rule.type == EventType.MEETING and (
                            self._body_session(s, hits[0])
                            or self._no_talks_noun(s, hits[0])
                            or self._thing_hosted(s, hits[0]))
                        # "warned North Korea against sending troops"
                        or hits[0] > 0 and s.tokens[hits[0] - 1].fold == "against"
                        and trig.fold.endswith(_GERUNDS)
                        or any(0 < hits[0] - i <= _INTENT_REACH and not any(
                            i < b <= hits[0] for b in self._clause_bounds(s))
                            and not (i + 1 < len(s.tokens) and s.tokens[i + 1].fold == "have")
                            and not self._intent_stops(s, i, hits[0])
                            for i in s.hits(self.r.intent)))
                # the object of a verb ruled out is ruled out with it ("non esclude di inviare
                # a Kiev un nuovo pacchetto di aiuti militari": the aid named far after the
                # verb of sending, in its clause)
                unreal = unreal or rule.type not in _SPEECH_ACTS and any(
                    0 < hits[0] - v <= 12 and not any(
                        v < b <= hits[0] for b in self._clause_bounds(s))
                    and not set(s.text[s.tokens[v].end - s.start:
                                       trig.start - s.start]) & {",", ";"}
                    for v in unreal_verbs)
                # an invitation or a call accepted or declined is another's ("Kim ha accettato
                # un invito a visitare Mosca": Kim appeals to no one)
                unreal = unreal or rule.type == EventType.APPEAL and any(
                    0 < hits[0] - i <= 3 for i in range(len(s.tokens))
                    if s.tokens[i].fold in _ACCEPT)
                # an appeal to come ("said Kyiv would ask its partners", "chiederà agli
                # alleati", "demandera à ses partenaires"), or a question asked ("Asked
                # whether ...", "interpellato se", "interrogé sur", "a demandé si"): no appeal
                unreal = unreal or rule.type == EventType.APPEAL and (
                    any(0 < hits[0] - i <= 2 and s.tokens[i].fold in _FUTURE_MODALS
                        and not (i + 1 < len(s.tokens) and s.tokens[i + 1].fold == "have")
                        for i in range(max(0, hits[0] - 2), hits[0]))
                    or self._future_tense(s, hits[0])
                    or hits[-1] + 1 < len(s.tokens)
                    and s.tokens[hits[-1] + 1].fold in _QUESTION_AFTER)
                # what a treaty allows or obliges someone to ask or do ("allows Moscow to call
                # on", "consente a Mosca di chiedere", "permet à Moscou d'appeler")
                unreal = unreal or rule.type in _SPEECH_ACTS and any(
                    0 < hits[0] - i <= 5 for i in range(len(s.tokens))
                    if s.tokens[i].fold in _PERMITS)
                # (a support promised, "resterà al fianco della Russia", is given by saying so)
                # ("not only sent troops", "non solo", "non seulement": no negation)
                # ('"North Korea has never supplied us with weapons," Peskov said', "«Non
                # abbiamo ricevuto alcun missile»": in the quotation that tells the fact)
                quote = next(((a, b) for a, b in s.quotes if a <= trig.start < b), None)
                nots = [i for i in s.hits(self.r.negation) if 0 < hits[0] - i <= (
                            4 if quote is None else 10)
                        and (not s.quoted(s.tokens[i].start) or quote is not None
                             and quote[0] <= s.tokens[i].start < quote[1]
                             and not any(s.tokens[k].fold in self.r.clause_breaks
                                         or s.tokens[k].fold in _COMPLEMENTIZERS
                                         for k in range(i + 1, hits[0])))
                        and not (
                            i + 1 < len(s.tokens) and s.tokens[i + 1].fold in _NOT_ONLY)]
                # "Nessun soldato nordcoreano è stato inviato", "Aucun soldat n'a été envoyé",
                # "No North Korean troops have been deployed": a negative determiner before
                # the subject negates its clause's verb, further than a "not"
                nots += [i for i in range(max(0, hits[0] - 8), hits[0])
                         if s.tokens[i].fold in _NO_DETERMINERS
                         and not s.quoted(s.tokens[i].start)
                         and not any(i < b <= hits[0] for b in self._clause_bounds(s))]
                # "had received no weapons", "sent no troops": a negative determiner right
                # after the verb
                nots += [i for i in range(hits[0] + 1, min(hits[0] + 3, len(s.tokens)))
                         if s.tokens[i].fold in self.r.negative_determiners
                         and s.tokens[i].text.islower() and not s.quoted(s.tokens[i].start)
                         and trig.text.islower()]
                # "Neither side mentioned the soldiers that Seoul says have been sent",
                # "Nessuno ha parlato dei soldati che sarebbero stati inviati": the negation
                # of the main clause does not reach a relative clause telling the fact with
                # a source or a hearsay of its own (session 16)
                if own_rel:
                    nots = [i for i in nots if i > hits[0]]
                # "No Kwang Chol met Lavrov": a word of a person's name is no negation
                nots = [i for i in nots if not (
                    (m := self.mentions.at(s.tokens[i].start)) is not None
                    and _kind(self, m.target) == "person")]
                # "Peskov said North Korea had not sent troops", "a affirmé que Pyongyang
                # n'avait livré aucune arme": the speaker denies the fact
                said_not = not unreal and bool(nots) and rule.type in CONTESTED and (any(
                    c < min(nots) and any(s.tokens[k].fold in _COMPLEMENTIZERS
                                          or k == c + 1 for k in range(c + 1, min(nots) + 1))
                    for c in self.report_tokens) or any(
                        # "North Korea sent no troops to Russia, Peskov said"
                        c > hits[0] and "," in s.text[trig.end - s.start:
                                                      s.tokens[c].start - s.start]
                        for c in self.report_tokens) or quote is not None and any(
                        # a quotation telling it did not happen, said by who is named
                        # outside it: a denial
                        not s.quoted(s.tokens[c].start) for c in self.report_tokens))
                if not said_not and (unreal or nots):
                    # "expects troops to be deployed", "did not send", "di non escludere la
                    # fornitura": not an event
                    unreal_fact = True
                    unreal_types.add(rule.type)
                    unreal_at = min(unreal_at, trig.start)
                    if trig.text.islower() and trig.fold not in self._nouns:
                        unreal_verbs.append(hits[0])
                    self._dead_hits.update(h for h in hits if h - hits[0] <= NEEDS_WORDS)
                    continue
                converse = trig.fold in rule.converse.words or trig.lemma in rule.converse.words \
                    or any(  # "Moscow took delivery of", "a pris livraison de"
                        len(w := p.split()) > 1 and hits[0] >= len(w) - 1 and all(
                            s.tokens[hits[0] - len(w) + 1 + n].fold == x for n, x in enumerate(w))
                        for p in rule.converse.phrases)
                inside = s.in_quotation(trig.start)
                keep_asserters = bool(s.quotes) and not inside
                stop = _clause_end(s, hits[0], self.r.clause_breaks)
                if rule.type in CONTESTED:
                    # "the soldiers would be legitimate targets if they entered Ukraine",
                    # "s'ils entraient en Ukraine": a name in a clause of condition after the
                    # trigger is no side of what happened
                    stop = min([stop] + [s.tokens[i].start for i in s.hits(self.r.conditional)
                                         if i > hits[0] and s.tokens[i].fold in _IF_WORDS])
                # "met the EU leaders ... to discuss support for Ukraine": what follows a word of
                # talk, plan or wish after the trigger is another predicate's
                stop = min([stop] + [s.tokens[i].start for i in s.hits(self.r.future)
                                     if i > hits[0] and rule.type in SYMMETRIC])
                # "condemned the cooperation between Russia and North Korea": the sides after
                # "between" are the accused, as far as a list reaches
                wide = rule.type in SYMMETRIC or rule.type == EventType.ACCUSATION and any(
                    s.tokens[k].fold in _BETWEEN
                    for k in range(hits[0] + 1, min(hits[0] + 13, len(s.tokens))))
                if rule.type in _PERSON_ACTS:
                    # "received the Ukrainian ambassador", "il presidente russo": the state
                    # of an unnamed person's title is no side of what people do (GUIDELINES,
                    # session 14: visits, meetings, statements, accusations, appeals,
                    # support; "the North Korean leader sent troops" keeps its sender)
                    cands = [c for c in cands if (c.start, c.end) not in self._title_states]
                pool = [c for c in cands if c.kind != "source"
                        # "Lavrov ha ribadito il pieno sostegno": who voices support does it
                        and (keep_asserters or (c.start, c.end) not in asserter_spans
                             or rule.type == EventType.SUPPORT
                             # "..., a ajouté M. Rutte, qui a rencontré X": who speaks acts
                             # in the relative clause opened after his name
                             or self._relative_of(s, c, hits[0])
                             # "Lavrov met Choe, who said ...": who speaks in the relative
                             # clause opened after his name is met
                             or self._speaks_in_relative(s, c, hits[0])
                             # "Lavrov said he had spoken by phone with Choe", "a affirmé
                             # avoir parlé avec": who speaks tells what he did himself
                             or self._tells_own_act(s, c, hits[0])
                             # "Putin met Kim in Pyongyang and said ...": who speaks after
                             # "and" did the fact told first
                             or self._acts_then_says(s, c, hits[0]))
                        and (not s.quotes or s.in_quotation(c.start) == inside)
                        and abs(s.token_at(c.start) - hits[0]) <= (
                            WINDOW_LISTS if wide or self._past_long_object(
                                s, rule, hits[0], c) else WINDOW)
                        and c.start < stop]
                after_meeting = rule.type == EventType.MEETING and \
                    self._after_a_meeting(s, hits[0])
                second = self._second_meeting_at(s, hits[0], rule_hits) \
                    if rule.type == EventType.MEETING else None
                if second is not None:
                    # "held talks with Lavrov on Monday, after meeting Putin": Putin is the
                    # second meeting's
                    pool = [c for c in pool if c.start < second]
                if after_meeting:
                    # "X confirmed ..., after a meeting with a South Korean delegation": the
                    # main clause's subject met who is named after the noun
                    lead = next((c for c in cands if c.kind not in ("source", "demonym")
                                 and self._paren_of(c.start) is None), None)
                    pool = [c for c in pool if c.start > trig.start]
                    if lead is not None and lead.start < trig.start:
                        pool = [lead, *pool]
                    else:
                        # "After meeting Choe, Lavrov said ...", "Dopo l'incontro con Choe,
                        # Lavrov ha detto": the clause opens the sentence; its comma closes it
                        # and the main clause's subject met (even as the speaker)
                        comma = self.text.find(",", trig.end, s.end)
                        main = next((c for c in cands if comma >= 0 and c.start > comma
                                     and c.kind not in ("source", "demonym", "pair")
                                     and _kind(self, c.actor) == "person"), None)
                        if main is not None and not any(
                                t.text[:1].isupper() or t.fold in self.r.articles
                                for t in s.tokens if comma < t.start < main.start) and \
                                s.token_at(trig.start) <= 4:
                            pool = [c for c in pool if c.start < comma] + [main]
                # "Putin met Kim in Pyongyang and Lavrov met Choe in Moscow": each clause with
                # a subject of its own has its own participants
                # (and a subordinate clause with a subject of its own: "cooperation between
                # Moscow and Pyongyang has grown since Kim travelled to Russia")
                own = [b for b in self._clause_bounds(s)
                       if (s.tokens[b].fold in _AND or self._subordinator_at(s, b))
                       and self._own_subject_after(s, b, [x for x in self._bounds if x < b])]
                lo_b = max((b for b in own if b <= hits[0]), default=None)
                hi_b = min((b for b in own if b > hits[0]), default=None)
                comitative = self._comitative_heads(s, rule_hits) \
                    if rule.type == EventType.MEETING else []
                if hits[0] in comitative:
                    # "talks with Choe, followed by a meeting with Kim": each meeting has the
                    # subject (named before the first noun) and the names after its own noun
                    k = comitative.index(hits[0])
                    lo_c = s.tokens[comitative[0]].start
                    own_lo = s.tokens[hits[0]].start
                    own_hi = s.tokens[comitative[k + 1]].start \
                        if k + 1 < len(comitative) else s.end
                    pool = [c for c in pool if c.start < lo_c or own_lo <= c.start < own_hi]
                    if k and not any(c.start < lo_c for c in pool):
                        lead = next((c for c in cands if c.start < lo_c and c.kind not in (
                            "source", "demonym") and (c.start, c.end) not in asserter_spans
                            and self._paren_of(c.start) is None), None)
                        if lead is not None:
                            pool = [lead, *pool]
                if rule.type == EventType.MEETING:
                    pool = self._shared_subject_pool(s, cands, pool, hits[0], asserter_spans)
                    pool = self._unnamed_met(s, pool, hits[0])
                if lo_b is not None:
                    pool = [c for c in pool if c.start >= s.tokens[lo_b].start]
                if hi_b is not None and not self._reported_relative(s, rule, hits):
                    # ("the soldiers that Seoul says were sent to Russia": the relative
                    # clause tells the sending, its names after its source are the fact's)
                    pool = [c for c in pool if c.start < s.tokens[hi_b].start]
                # a pronoun read as a person is the subject of its own clause ("..., and he
                # accused"), never the object of a verb before it
                # (but the subject of the main clause after a meeting in an adjunct opening
                # the sentence: "At the talks on Monday with Choe, he said", "During talks
                # with Kim, she pledged", "Lors de ses entretiens avec Choe, il a ...")
                comma = self.text.find(",", trig.end, s.end) \
                    if rule.type == EventType.MEETING and self._after_a_meeting(s, hits[0]) \
                    else -1
                pool = [c for c in pool if c.kind != "pronoun" or c.start < trig.start
                        or 0 <= comma < c.start and not any(
                            x.start < c.start and x.start > comma for x in pool)]
                if rule.type == EventType.DEPLOYMENT:
                    # "sent to Russia to fight against Ukraine", "pour combattre l'armée
                    # ukrainienne": the purpose's names are no side of the sending
                    aim = self._purpose_start(s, hits[0])
                    if aim is not None:
                        pool = [c for c in pool if c.start < s.tokens[aim].start]
                paren = self._paren_of(trig.start)
                if rule.type == EventType.MEETING and self._outlet_relative(s, hits[0]):
                    # "selon l'agence KCNA, qui fait état d'entretiens « chaleureux »", "KCNA,
                    # which described the talks as friendly": the talks an outlet reports
                    continue
                if paren is not None:
                    # "Choe, who arrived in Moscow": the clause's own names, and its head
                    # (with the names joined to it: "Lavrov and Choe, who met in Moscow")
                    group = self._head_group(s, cands, paren.head) if rule.type in \
                        SYMMETRIC else [paren.head] if paren.head is not None else []
                    pool = [c for c in pool if paren.holds(c.start) or c in group]
                    pool = [c for c in group if c not in pool] + pool
                else:
                    # "Rudenko, who spoke for the government, told": the names inside are not
                    # the main clause's; its subject is the head
                    pool = [c for c in pool if self._paren_of(c.start) is None]
                    head = self._paren_before(s, hits[0]) or next((
                        # "Choe, che si era recata a Mosca, ha espresso «pieno sostegno»":
                        # no name between the clause and the trigger, its head acts
                        p for p in reversed(self.parens) if p.end < trig.start
                        and not any(p.end < c.start < trig.start for c in cands)), None)
                    head_c = head.head if head is not None else None
                    if head is not None and head_c is not None and \
                            rule.type == EventType.MEETING and any(
                            head.end < s.tokens[k].start < trig.start
                            for k in self._predicate_joins(s)):
                        # "talks with Choe, who thanked him, and then was received by Kim":
                        # the clause's head is the first predicate's, not the subject
                        head_c = None
                    if head_c is not None and head_c not in pool and (
                            (head_c.start, head_c.end) not in asserter_spans
                            or rule.type in _SPEECH_ACTS):
                        pool = [head_c, *pool]
                    if head_c is not None and rule.type in SYMMETRIC:
                        # "Lavrov e Choe, che si erano incontrati ..., hanno avuto un
                        # colloquio": the names joined to the head are the subject too
                        pool = [c for c in self._head_group(s, cands, head_c)
                                if c not in pool] + pool
                    elif head_c is not None and rule.type == EventType.RATIFICATION:
                        # "the State Duma and the Federation Council, the upper house of
                        # parliament, had both approved": the bodies joined to the head of
                        # an apposition ratify too, each its own (session 15)
                        pool = [c for c in self._head_group(s, cands, head_c, bodies=True)
                                if c not in pool] + pool
                rel = self._relative_head(s, hits[0], cands)
                if rel is not None and rel not in pool:
                    # "..., a ajouté M. Rutte, qui a rencontré Oumerov": the name before
                    # "who", "qui", "che" acts in the relative clause, speaker or not
                    pool = [rel, *pool]
                before = hits[0] - 1
                while before > 0 and s.tokens[before].fold in (_AUXILIARIES | _CLITICS) - _AND:
                    before -= 1  # "e gli ha chiesto"
                if hits[0] > 0 and s.tokens[before].fold in _AND and rule.type in ROLE_PAIRS:
                    # "Zelensky received a delegation in Kyiv on Sunday and asked Seoul": the
                    # subject of the first verb, however far, is the second's
                    # (who denied and urged does the urging: "Il Cremlino ha respinto le
                    # accuse e ha esortato Kiev a negoziare")
                    lead = next((c for c in cands if c.kind not in ("source", "demonym")
                                 and ((c.start, c.end) not in asserter_spans
                                      or rule.type in _SPEECH_ACTS)), None)
                    if lead is not None and lead.start < trig.start and lead not in pool:
                        pool = [lead, *pool]
                    if lead is not None and lead.start < trig.start:
                        # "Zelensky accused Moscow and Pyongyang of ... and urged the West":
                        # the names after the first verb are its objects, not the subject of
                        # the verb after "and"
                        subjects = self._coordinated(s, cands, lead, forward=True)
                        first_verb = next((k for k in range(
                            s.token_at(subjects[-1].end - 1) + 1, before)
                            if self._is_verb(s.tokens[k])), None)
                        # (not "ha incontrato Rutte e gli ha chiesto": "gli" is Rutte; and
                        # with no name after the second verb, the first's may be its object
                        # too: "shipped shells to Russia and sent troops")
                        if first_verb is not None and not any(
                                t.fold in _DATIVE_CLITICS for t in s.tokens[before:hits[0]]) \
                                and (any(c.start > trig.start for c in pool) or any(
                                    t.fold in self.r.allies_words
                                    for t in s.tokens[hits[0] + 1:hits[0] + 4])):
                            cut = s.tokens[first_verb].start
                            pool = [c for c in subjects if c not in pool] + [
                                c for c in pool if c.start < cut or c.start > trig.start]
                # "a ratification law signed by Putin": a ratification is of the agreement
                # the text named before, though the sentence names none
                milestone_of = agreement or (self.last_agreement if rule.type in (
                    EventType.RATIFICATION, EventType.ENTRY_INTO_FORCE) or rule.type in (
                        EventType.SIGNING, EventType.SUBMISSION)
                    # "the document was signed by", "presentato il testo alla Duma": the
                    # agreement told before (session 15)
                    and (self._treaty_ref_of(s, hits[0])
                         # "the treaty's signing", "la firma del trattato": a noun of the
                         # treaty told before
                         or self._definite_treaty_noun(s, hits[0])) else None)
                ev = FoundEvent(rule.type, [], (s.start, s.end), (trig.start, trig.end),
                                agreement=milestone_of if rule.type in MILESTONES else None)
                # (a milestone told in the background is the text's own account, not what
                # a source of the main clause says; its signatories or ratifier are named
                # in its own clause, its date is its clause's)
                ev.unreported = after_meeting or background
                if background:
                    ev.clause = self._own_clause(s, hits[0])
                    pool = [c for c in pool if ev.clause[0] <= c.start < ev.clause[1]]
                ev.negated = said_not
                g = self.lexicon.agreements.get(ev.agreement or "")
                if g is not None:  # the treaty's parties are its parties, never its ratifier
                    pool = [c for c in pool if c.actor not in g.parties]
                if rule.type in _SPEECH_ACTS:
                    # "ont accusé lundi la Corée du Nord, lors d'une réunion du Conseil de
                    # sécurité de l'ONU, d'avoir envoyé": the names of an aside telling the
                    # occasion are no sides of the act outside it (session 15; the act
                    # charged then has the accused as its doer)
                    asides = [(a, b) for a, b in self._occasion_asides(s)
                              if not a <= trig.start < b]
                    pool = [c for c in pool if not any(a <= c.start < b for a, b in asides)]
                charged = [o for o in out if o.type in CONTESTED and o.trigger[0] > trig.start]
                # ("accused Moscow of using North Korean soldiers": the troops' noun is the
                # help's object, no sending of its own is charged)
                used = [o for o in charged if o.used_by_recipient]
                charged = [o for o in charged if not (
                    o.type == EventType.DEPLOYMENT and o.partial and any(
                        o.trigger[0] > u.trigger[0] for u in used))]
                passive_charged = [] if rule.type != EventType.ACCUSATION or \
                    not self._passive_participle(s, hits[0]) else [
                        o for o in out if o.type in CONTESTED and o.trigger[0] < trig.start]
                if rule.type == EventType.ACCUSATION and charged:
                    # "condemned the transfers from North Korea to Russia": the names of the
                    # act condemned are that act's, not the condemnation's
                    first = min(o.trigger[0] for o in charged)
                    pool = [c for c in pool if c.start < first]
                if rule.type in _BETWEEN_STATES:
                    # a news agency or an unnamed group sends or supplies nothing
                    pool = [c for c in pool if _kind(self, c.actor) not in ("media", "group")]
                ev.participants = self._roles(s, rule, hits[0], pool, converse)
                if rule.type == EventType.COOPERATION:
                    self._cooperation_object(s, hits[0], ev, pool)
                if rule.type == EventType.MEETING and hits[0] > 0 and \
                        s.tokens[hits[0] - 1].fold in _THEIR:
                    # "a assuré Poutine de son soutien, lors de leur sommet", "during their
                    # talks", "durante il loro incontro": the two people of the sentence
                    # before it, its subject and its object
                    people = list(dict.fromkeys(
                        c.actor for c in cands if c.end <= trig.start
                        and _kind(self, c.actor) == "person"))
                    if len(people) == 2:
                        ev.participants = [(a, "participant") for a in people]
                        ev.unreported = True  # told by the text, not by who speaks
                if rule.type == EventType.RATIFICATION and any(
                        r == "ratifier" and _kind(self, a) == "state" for a, r in ev.participants):
                    # a state is never a ratifier, but a party: "Kim Jong Un, the North
                    # Korean leader, followed with a decree of ratification": Kim ratifies
                    ev.participants = [(a, "party" if _kind(self, a) == "state" else r)
                                       for a, r in ev.participants]
                    person = [c for c in pool if c.start < trig.start
                              and _kind(self, c.actor) == "person"]
                    if person and not any(r == "ratifier" for _, r in ev.participants):
                        ev.participants.insert(0, (person[-1].actor, "ratifier"))
                if rule.type == EventType.RATIFICATION and not any(
                        r == "ratifier" for _, r in ev.participants):
                    chamber = self._chamber_before(s, hits[0])
                    if chamber is not None:
                        # "Russian lawmakers ratified", "la camera bassa del Parlamento
                        # russo ha ratificato": the state's lower house, the graph's body
                        ev.participants.insert(0, (chamber, "ratifier"))
                if rule.type == EventType.RATIFICATION and not any(
                        r == "ratifier" for _, r in ev.participants):
                    agent = self._ratified_by(s, hits[0], cands)
                    if agent is not None:
                        ev.participants.insert(0, (agent, "ratifier"))
                if rule.type == EventType.VISIT:
                    # a visit is to a state ("went to the UN Security Council": no host)
                    person_host = any(r == "host" and _kind(self, a) == "person"
                                      for a, r in ev.participants)
                    ev.participants = [(a, r) for a, r in ev.participants
                                       if r != "host" or _kind(self, a) == "state"]
                    if person_host and not any(r == "host" for _, r in ev.participants):
                        # "a rendu visite à Kim Jong Un en Corée du Nord": the state of the
                        # place after the person visited
                        place = next((c for c in pool if c.start > trig.start and
                                      self._state_of(c.actor) == c.actor and not any(
                                          c.actor == a for a, _ in ev.participants)), None)
                        if place is not None:
                            ev.participants.append((place.actor, "host"))
                whom = self._object_relative(s, hits[0], cands, asserter_spans) \
                    if rule.type in ROLE_PAIRS else None
                charged_relative = False
                if whom is None and rule.type in (EventType.ACCUSATION, EventType.APPEAL):
                    whom = self._charged_relative(s, hits[0], cands, asserter_spans)
                    charged_relative = whom is not None
                if whom is not None:
                    ev.participants = [(whom[0], ROLE_PAIRS[rule.type][0]),
                                       (whom[1], ROLE_PAIRS[rule.type][1])]
                joined = self._joined(s, hits[0], cands) if rule.type in ROLE_PAIRS else []
                if joined:
                    agent, patient = ROLE_PAIRS[rule.type]
                    # who is acted on is named after the act ("nel chiedere alla Cina")
                    after = self._roles(s, rule, hits[0], [c for c in pool if c.start > trig.start
                                                           and c.actor not in joined], converse)
                    ev.participants = [(a, agent) for a in joined] + [
                        (a, r) for a, r in after if r == patient]
                if rule.type in ROLE_PAIRS:
                    self._fronted_subject(s, hits[0], ev, cands, converse)
                if rule.type == EventType.MILITARY_ASSISTANCE and converse:
                    self._troops_used(s, rule, hits[0], ev, cands)
                if rule.type == EventType.SUPPLY and not converse and any(
                        r == "supplier" for _, r in ev.participants) and not any(
                        r == "recipient" for _, r in ev.participants):
                    self._user_in_relative(s, rule, hits[0], ev, cands)
                if rule.type == EventType.DEPLOYMENT and converse:
                    # "Kim hosted a banquet for North Korean soldiers": a person hosts no
                    # troops sent; who receives them is a state
                    ev.participants = [(a, r) for a, r in ev.participants
                                       if not (r == "host" and _kind(self, a) == "person")]
                if rule.type == EventType.VISIT:
                    self._speaker_visiting(s, hits[0], ev)
                    self._visit_during(s, hits[0], ev, cands)
                    self._place_left(s, hits[0], ev, cands)
                    self._visit_of_person(s, hits[0], ev)
                    # a person never visits his own state ("Lavrov and Shoigu met Kim during
                    # his visit to North Korea": not Kim's)
                    hosts = {a for a, r in ev.participants if r == "host"}
                    ev.participants = [(a, r) for a, r in ev.participants if not (
                        r == "visitor" and _kind(self, a) == "person"
                        and self._state_of(a) in hosts)]
                    ev.retold = hits[0] > 0 and s.tokens[hits[0] - 1].fold in _POSSESSIVES \
                        and trig.fold in _TRAVEL_NOUNS
                if rule.type in ROLE_PAIRS and not any(
                        r == ROLE_PAIRS[rule.type][int(converse)] for _, r in ev.participants):
                    self._implicit_agent(s, hits[0], ev, converse)
                unnamed_to = False
                if rule.type == EventType.ACCUSATION and not charged_relative:
                    self._accused_of(s, hits[0], ev)
                    self._gerund_appellant(s, hits[0], ev, cands)
                if rule.type == EventType.ACCUSATION:
                    self._with_allies(s, ev)
                if rule.type == EventType.APPEAL:
                    self._allies(s, hits[0], ev, cands)
                    self._plural_pronoun_addressee(s, hits[0], ev, cands)
                    self._withdrawal_addressee(s, hits[0], ev)
                    self._gerund_appellant(s, hits[0], ev, cands)
                    self._gerund_appeal(s, hits[0], ev, cands)
                    pro = hits[0] + 1
                    if pro + 1 < len(s.tokens) and s.tokens[pro].fold in ("on", "upon", "to"):
                        pro += 1  # "called on them to"
                    if pro < len(s.tokens) and s.tokens[pro].fold in ("both", "them"):
                        # "urged both to halt": the two named before
                        # (`_state_pronoun_objects`)
                        two = [m.target for m in self.mentions.within(
                            s.tokens[pro].start, s.tokens[pro].end)
                            if m.kind == "object"]
                        if len(two) == 2:
                            ev.participants = [(a, r) for a, r in ev.participants
                                               if r != "addressee" and a not in two] + [
                                (a, "addressee") for a in two]
                    self._demanded_of(s, hits[0], ev, cands)
                    if self._to_all_parties(s, hits[0]) and any(
                            r == "appellant" for _, r in ev.participants):
                        # "ha invitato tutte le parti alla moderazione": the appellant alone,
                        # never a name of another clause (GUIDELINES, session 14)
                        ev.participants = [(a, r) for a, r in ev.participants
                                           if r == "appellant"]
                    frame = next((frames[h] for h in hits if h in frames), None)
                    if frame is not None:
                        ev.participants = [(a, "appellant") for a in frame[1]] + [
                            (a, "addressee") for a in frame[2] if a not in frame[1]]
                if rule.type in (EventType.APPEAL, EventType.ACCUSATION):
                    self._first_person_act(s, hits[0], ev)
                    if not any(r == "addressee" for _, r in ev.participants) and \
                            self._insists_on_act(s, hits[0]):
                        # "ha insistito perché Mosca ritiri": whom the clause after names
                        who = next((c for c in cands if c.start > trig.end and c.kind not in (
                            "source", "demonym", "pronoun")), None)
                        if who is not None:
                            ev.participants.append((who.actor, "addressee"))
                    unnamed_to = self._unnamed_addressee(trig.start, stop, ev, cands)
                if rule.type in (EventType.APPEAL, EventType.ACCUSATION) and not converse:
                    # "Le ha chiesto di...", "Il l'a exhortée à", "Gli ha rimproverato di":
                    # whom the clitic before the verb stands for
                    agent, patient = ROLE_PAIRS[rule.type]
                    self._pronoun_doer(s, hits[0], ev, pool)
                    whom_clitic = self._clitic_addressee(
                        s, hits[0], {a for a, r in ev.participants if r == agent})
                    if whom_clitic is not None:
                        ev.participants = [(a, r) for a, r in ev.participants if r != patient]
                        # (the doer stands before the clitic, or is unsaid at the
                        # auxiliary: "Le ha chiesto di preparare il viaggio di Kim" is
                        # not Kim's)
                        said_before = [m for m in self.mentions.within(s.start, trig.start)
                                       if not m.agreement
                                       and (m.start, m.end) not in self._owners
                                       and _kind(self, m.target) is not None
                                       and not s.quoted(m.start)]
                        doers = {a for a, r in ev.participants if r == agent}
                        if said_before and not doers & {m.target for m in said_before} and \
                                said_before[-1].target != whom_clitic:
                            ev.participants = [(a, r) for a, r in ev.participants
                                               if r != agent]
                            ev.participants.insert(0, (said_before[-1].target, agent))
                        if whom_clitic:
                            ev.participants.append((whom_clitic, patient))
                if rule.type == EventType.SUPPORT:
                    self._voiced_support(s, hits[0], ev, cands)
                    self._participle_supporter(s, hits[0], ev, cands)
                if rule.type in ROLE_PAIRS and rule.type != EventType.ACCUSATION \
                        and rule.type not in MILESTONES \
                        and len({r for _, r in ev.participants}) < 2:
                    # "the troops" alone, "every soldier Pyongyang sends": who sent them
                    # where is not told, the event is not sure enough to be drafted
                    if not ev.participants and rule.type == EventType.MILITARY_ASSISTANCE \
                            and self._fighting(s, hits[0]) \
                            and self._troops_referred(s, rule, hits[0]):
                        # ("des soldats nord-coréens avaient été tués ou blessés dans la
                        # région de Koursk, où ils combattent": the troops pointed back to,
                        # named far before, session 16)
                        ev.participants = [(a, "provider") for a in self._troops_state_before(
                            s, rule, hits[0])]
                    if not ev.participants:
                        continue
                    # (a sending to a region only, "sent to the Kursk region", names no state
                    # it went to: its sender alone is the event, GUIDELINES, settled after the
                    # held-out round of session 12)
                    # (an appeal to "all parties" has its appellant alone: GUIDELINES, session 14)
                    ev.partial = not (rule.type == EventType.APPEAL and any(
                        r == "appellant" for _, r in ev.participants)
                        and self._to_all_parties(s, hits[0])) and \
                        not (rule.type == EventType.DEPLOYMENT and {
                        r for _, r in ev.participants} == {"sender"}
                        and (self._sent_to_region(s, rule_hits, {
                            a for a, _ in ev.participants})
                            or self._sent_unplaced(s, rule, hits[0], {
                                a for a, _ in ev.participants}, out)))
                    if rule.type == EventType.DEPLOYMENT and [
                            r for _, r in ev.participants] == ["sender"]:
                        self._region_told_before(s, rule_hits, ev)
                    if rule.type == EventType.APPEAL and {
                            r for _, r in ev.participants} == {"appellant"} and \
                            (self._to_all_parties(s, hits[0]) or unnamed_to):
                        ev.partial = False  # "urged all parties": its appellant alone
                if rule.type == EventType.MILITARY_ASSISTANCE and self._fighting(s, hits[0]):
                    # troops fighting alongside, with or for another state's army, or at its
                    # front: that state is helped; or the state they were sent to, told in
                    # the sentence ("soldiers sent to Russia began fighting"); never whom they
                    # fight ("Ukrainian forces fought North Korean troops")
                    providers = [a for a, r in ev.participants if r == "provider"]
                    named = [(a, r) for a, r in ev.participants if r == "provider"]
                    if self._troops_referred(s, rule, hits[0]):
                        providers = []  # the troops pointed back to: their sender helps
                        ev.participants = [(a, r) for a, r in ev.participants
                                           if r != "provider"]
                        if not any(o.type == EventType.DEPLOYMENT
                                   and o.trigger[0] < trig.start for o in out):
                            # (no sending told before them: "des soldats nord-coréens ont
                            # été tués dans la région de Koursk, où ils combattent aux côtés
                            # de l'armée russe": the troops' own state helps, session 16)
                            if not named:
                                named = [(a, "provider") for a in self._troops_state_before(
                                    s, rule, hits[0])]
                            providers = [a for a, _ in named]
                            ev.participants = named + ev.participants
                    if not providers:
                        # "Pyongyang has sent 10,000 soldiers to Russia, some of whom are
                        # fighting": the troops' sender, told before in the sentence, helps
                        providers = [a for o in out if o.type == EventType.DEPLOYMENT
                                     and o.trigger[0] < trig.start
                                     for a, ra in o.participants if ra == "sender"][:1]
                        ev.participants = [(a, "provider") for a in providers] + [
                            (a, r) for a, r in ev.participants if a not in providers]
                    # (or, troops named fighting in a state, the help told before to that
                    # state: "le retour des soldats nord-coréens au combat en Russie")
                    told_help = {(a, b) for e in self.result.events
                                 if e.type == EventType.MILITARY_ASSISTANCE
                                 for a, ra in e.participants if ra == "provider"
                                 for b, rb in e.participants if rb == "recipient"}
                    # (troops told present in a state, then their fighting in a clause
                    # pointing back to them: "are now in Russia, where some have taken part
                    # in the fighting", "si trovano in Russia e alcuni avrebbero preso
                    # parte ai combattimenti": that state is helped, session 16)
                    back = self._troops_referred(s, rule, hits[0])
                    if back:
                        self._help_told_back.add(trig.start)
                    helped = self._army_helped(s, hits[0], providers) or next((
                        b for o in out if o.type == EventType.DEPLOYMENT
                        for a, ra in o.participants if ra == "sender" and a in providers
                        for b, rb in o.participants if rb == "host"
                        and (self._sending_verbs(s) or (a, b) in told_help or back)), None)
                    ev.participants = [(a, r) for a, r in ev.participants if r == "provider"
                                       and a != helped]
                    if helped is not None and any(r == "provider" for _, r in ev.participants):
                        ev.participants.append((helped, "recipient"))
                    ev.partial = len({r for _, r in ev.participants}) < 2
                if rule.type == EventType.MILITARY_ASSISTANCE and \
                        len({r for _, r in ev.participants}) < 2:
                    continue  # help needs who helps and who is helped
                ev.objects = {t.lemma for t in s.tokens if t.lemma in rule.needs.words}
                if ev.agreement:
                    self._agreement_parties(ev, s)
                if rule.type == EventType.MEETING:
                    # "dans un entretien à l'agence TASS", "in an interview with the BBC": a
                    # news outlet is interviewed, never met
                    ev.participants = [(a, r) for a, r in ev.participants
                                       if _kind(self, a) != "media"]
                if rule.type in SYMMETRIC and len({a for a, _ in ev.participants}) < 2 and not (
                        rule.type in MILESTONES and ev.participants
                        and all(r == "party" for _, r in ev.participants)) and not (
                        # "Kim Jong Un signed the decree on Nov. 11": a ratification whose
                        # sentence names neither party has its ratifier alone (GUIDELINES)
                        rule.type == EventType.RATIFICATION and ev.agreement
                        and any(r == "ratifier" for _, r in ev.participants)) and not (
                        # "Kim received the Chinese ambassador": the other side is a person
                        # unnamed, his state no side; the meeting is told
                        rule.type == EventType.MEETING and ev.participants
                        and _kind(self, ev.participants[0][0]) == "person"
                        and any(trig.start < a < stop for a, _ in self._title_states)):
                    # a meeting of one is no meeting: the other side is unnamed (a treaty's
                    # milestone with one party named has that party: "Il testo, sottoscritto
                    # a Pyongyang", "entered into force in Moscow")
                    continue
                if passive_charged:
                    # "Le transfert de missiles de Pyongyang vers Moscou a été dénoncé par
                    # Séoul": the act condemned is told before the passive; its doer is
                    # accused, not whom it went to
                    accusers = {a for a, r in ev.participants if r == "accuser"}
                    doers = {a for o in passive_charged for a, r in o.participants
                             if r == ROLE_PAIRS[o.type][int(o.used_by_recipient)]} - accusers
                    done_to = {a for o in passive_charged for a, r in o.participants
                               if r == ROLE_PAIRS[o.type][1 - int(o.used_by_recipient)]}
                    if doers:
                        ev.participants = [(a, r) for a, r in ev.participants
                                           if not (r == "accused" and a in done_to)]
                        ev.participants += [(a, "accused") for a in sorted(doers)
                                            if (a, "accused") not in ev.participants]
                if rule.type == EventType.ACCUSATION and charged and (
                        not any(r == "accused" for _, r in ev.participants)
                        or len({o.trigger for o in charged}) > 1):
                    # who did what is condemned is accused: the supplier, the sender; of each
                    # act when two are ("condemned North Korea's deployment of troops to
                    # Russia and Moscow's transfer of technology to Pyongyang")
                    accusers = {a for a, r in ev.participants if r == "accuser"}
                    # (never a name after the verb only in an aside telling the occasion:
                    # session 15)
                    occasion = [(a, b) for a, b in self._occasion_asides(s)
                                if not a <= trig.start < b]
                    aside_only = {c.actor for c in cands if any(
                        a <= c.start < b for a, b in occasion)} - {
                        c.actor for c in cands if c.start > trig.start
                        and not any(a <= c.start < b for a, b in occasion)}
                    ev.participants += list(dict.fromkeys(
                        (a, "accused") for o in charged for a, r in o.participants
                        if r == ROLE_PAIRS[o.type][int(o.used_by_recipient)] and a not in accusers
                        and a not in aside_only
                        and (a, "accused") not in ev.participants))
                treaty = self.lexicon.agreements.get(agreement or "")
                if rule.type == EventType.ACCUSATION and treaty is not None and \
                        not any(r == "accused" for _, r in ev.participants):
                    # "condemned the treaty between Moscow and Pyongyang": the parties named
                    # after the condemnation made the pact condemned, they are accused
                    accusers = {a for a, r in ev.participants if r == "accuser"}
                    ev.participants += list(dict.fromkeys(
                        (c.actor, "accused") for c in cands if c.start > trig.end
                        and c.actor in treaty.parties and c.actor not in accusers
                        and c.start < stop))
                if rule.type == EventType.ACCUSATION and \
                        not any(r == "accused" for _, r in ev.participants) and any(
                            0 < hits[0] - d <= 3 for d in self.deny_cues):
                    # "rejected accusations of arms transfers as groundless", "a rejeté les
                    # accusations", "ha respinto le accuse": the charges denied are another's,
                    # neither an accusation nor a declaration of the one who denies (session 15)
                    continue
                if rule.type == EventType.ACCUSATION and \
                        not any(r == "accused" for _, r in ev.participants):
                    # "condemned the talks", "a dénoncé une menace": nobody is accused; what
                    # the condemner said is the news
                    # (an unnamed group's, "South Korean officials denounced", "fonti del
                    # governo giapponese hanno criticato", makes no statement)
                    ev = FoundEvent(EventType.STATEMENT,
                                    [(a, "speaker") for a, r in ev.participants if r == "accuser"
                                     and not self._group_adjective(s, cands, a, trig.start)],
                                    ev.sentence, ev.trigger, condemnation=True)
                law_agents = self._law_agents(s, hits[0], cands) \
                    if rule.type == EventType.RATIFICATION else []
                if law_agents:
                    # "the ratification law was passed by the Duma on Oct. 24 and signed by
                    # Putin on Nov. 9", "la legge di ratifica, approvata dalla Duma e firmata
                    # dal presidente": each agent of the law's passives ratifies, on its date
                    states = [c for c in law_agents if _kind(self, c.actor) == "state"]
                    ratifiers = [c for c in law_agents if c not in states]
                    agent_ids = {c.actor for c in law_agents}
                    # "Poutine a promulgué la loi de ratification, adoptée auparavant par la
                    # Douma": a person or body before the trigger (read as the law's side by
                    # the passive after it) is who signs the law; a participle's agents
                    # after it ratify only where their clause has a date or place of its own
                    # (GUIDELINES: a milestone in a participle)
                    active = [c for c in cands if c.actor not in agent_ids
                              and c.start < trig.start and any(
                                  a == c.actor and r in ("party", "ratifier")
                                  for a, r in ev.participants)
                              and _kind(self, c.actor) in ("person", "government_body")]
                    if active:
                        ratifiers = [c for c in ratifiers if self._own_time_or_place(
                            s, s.token_at(c.start))]
                        ratifiers = [active[-1], *ratifiers]
                    others = [(a, r) for a, r in ev.participants if r != "ratifier"
                              and not (r == "party" and _kind(self, a) in (
                                  "person", "government_body"))] + [
                        (c.actor, "party") for c in states]
                    law_events = [FoundEvent(ev.type, [(c.actor, "ratifier"), *others],
                                             ev.sentence, (c.start, c.end), agreement=ev.agreement,
                                             notes=list(ev.notes), objects=set(ev.objects))
                                  for c in ratifiers]
                    for one in law_events:
                        if one.agreement:
                            self._agreement_parties(one, s)
                    out.extend(law_events)
                    self._law_ratifiers |= {c.actor for c in ratifiers}
                    continue
                for one in _one_per_ratifier(ev):
                    if one.participants and not any(
                            o.type == one.type and set(o.participants) == set(one.participants)
                            # ("criticised North Korea, which he accuses of sending troops":
                            # the second verb's charge is its own; merged at the end)
                            and not (o.type == EventType.ACCUSATION and charged_relative
                                     and o.trigger[0] < one.trigger[0])
                            for o in out):  # two rules of one type, one fact
                        out.append(one)
        # the instruments of ratification exchanged or handed over are part of the treaty's
        # entry into force, a fact of the model: what a source says of them is no
        # declaration ("The documents were handed over by Rudenko and Sin, the ministry
        # added"; session 15)
        self._live_hits.update(self._instruments_exchanged(s))
        out = self._approval_agents(s, cands, out)
        out = self._same_act(s, cands, out)
        out = self._act_taken_up(s, out)
        if self._law_ratifiers:
            # "signed by Putin" of a ratification law is his ratification, no signing
            # (not a signing with no signatory: "promulgué la loi ratifiant le traité ...,
            # signé le 19 juin à Pyongyang" tells the treaty's own signing; session 15)
            out = [e for e in out if not (e.type == EventType.SIGNING and (signers := {
                a for a, r in e.participants if r == "signatory"}) <= self._law_ratifiers
                and (signers or not e.clause))]
            self._law_ratifiers = set()
        out = self._signers_of_background(s, cands, out)
        out = [e for e in out if not (e.type == EventType.SIGNING
                                      and self._concluded_no_agreement(s, e))]
        out = self._state_ratification_told_twice(s, cands, out)
        transfers = {(a, b) for e in out if e.type in (EventType.SUPPLY, EventType.DEPLOYMENT)
                     for a, ra in e.participants for b, rb in e.participants
                     if ra == ROLE_PAIRS[e.type][0] and rb == ROLE_PAIRS[e.type][1]}
        if transfers:
            # "North Korean troops arrived in Russia", "i proiettili forniti da Pyongyang
            # continuano ad arrivare": what arrives is what was sent, no state's visit
            out = [e for e in out if not (
                e.type == EventType.VISIT and {(a, b) for a, ra in e.participants
                                               for b, rb in e.participants
                                               if ra == "visitor" and rb == "host"} & transfers
                and all(_kind(self, a) == "state" for a, r in e.participants
                        if r == "visitor"))]
        out = [e for e in out if not self._counterpart_told(s, e)]
        out = self._one_fact_per_trigger(s, out)
        out += self._onward_to_region(s, out)
        out += self._gapped(s, out, cands)
        out += self._gapped_ratifications(s, out, cands)
        out += self._received_in(s, out, cands)
        appeals = [e.trigger[0] for e in out if e.type == EventType.APPEAL]
        if appeals:
            # "called on Moscow and Pyongyang to stop their military cooperation": what an
            # appeal asks for has not happened
            # (not what is told in a clause after it: "..., the day after a meeting with")
            later = [s.tokens[b].start for b in self._clause_bounds(s)
                     if set(self.text[s.tokens[b - 1].end:s.tokens[b].start]) & {",", ";"}
                     and s.tokens[b].start > min(appeals)]
            # (nor what a gerund of saying after a comma tells: "called for more pressure,
            # saying North Korean soldiers were already fighting", ", affermando che", ", en
            # affirmant que": the appellant's words, no part of what is asked)
            later += [s.tokens[b].start for b in self._saying_gerunds(s)
                      if s.tokens[b].start > min(appeals)]
            out = [e for e in out if e.type in (EventType.APPEAL, EventType.STATEMENT,
                                                EventType.ACCUSATION)
                   or e.trigger[0] < min(appeals) or e.unreported
                   or any(b <= e.trigger[0] for b in later)]
            # "called on China and India to condemn the cooperation", "a appelé la Chine à
            # condamner", "ha chiesto alla Cina di condannare": the condemnation asked for
            # is no condemnation (an infinitive right after its "to", "à", "di")
            out = [e for e in out if e.type not in (EventType.STATEMENT, EventType.ACCUSATION)
                   or e.trigger[0] < min(appeals) or any(b <= e.trigger[0] for b in later)
                   or not (k := s.token_at(e.trigger[0])) or s.tokens[k - 1].fold not in
                   _INFINITIVE_MARKERS]
        # a quotation is the speaker's words: a sentence of its own, not a phrase quoted
        # inside the report of another fact («fino alla vittoria», "criminal act")
        out = self._sent_to_help(s, out)
        out = self._purpose_dropped(s, out)
        self._condemner_not_in_act(s, out)
        # "North Korean-made missiles launched by Russian forces", "convogli di munizioni
        # nordcoreane hanno attraversato il confine con la Russia": weapons of one state used
        # by or carried into another went from the one to the other, a supply
        moved = self._weapons_moved(s, cands, out)
        # "Shells from North Korea were shipped to Russia", "i proiettili usati dalle forze
        # russe provengono dalla Corea del Nord": weapons told by their origin
        moved += self._weapons_from(s, cands, out + moved)
        # ("trains of North Korean shells arriving in Russia": the weapons' state, no visitor)
        # (nor troops deployed by the verb of use: "Le forze russe impiegano missili
        # nordcoreani", whose forces are the user's)
        out = [e for e in out if not (e.type in (EventType.VISIT, EventType.DEPLOYMENT) and any(
            m.trigger == e.trigger for m in moved))] + moved
        # "Lavrov was in Pyongyang on Friday", "Choe si trova a Mosca", "Choïgou est à
        # Pyongyang": a person in another state's capital visits it
        out += self._presence_visits(s, cands, out)
        # "a tour of Europe, with stops in Paris and Berlin", "en tournée au Kazakhstan et en
        # Ouzbékistan": a visit has one host; a trip to several states is a visit to each
        out = [v for e in out for v in _one_host_each(e)]
        # "said it was alarmed by the growing cooperation between Moscow and Pyongyang",
        # "deeply concerned about the military ties": ties one is worried about are what the
        # feeling is about, no fact told
        out = [e for e in out if not (
            e.type in (EventType.COOPERATION, EventType.SUPPORT)
            and self._feeling_about(s, s.token_at(e.trigger[0])))]
        # "insisted that its cooperation with Pyongyang complied with the law", "a assuré que
        # la coopération avec Pyongyang respectait": ties named as what a clause said is
        # about, no fact told
        out = [e for e in out if not (
            e.type == EventType.COOPERATION and (k := s.token_at(e.trigger[0])) > 1
            and not s.tokens[k - 1].text[:1].isupper()
            and any(s.tokens[j].fold in _COMPLEMENTIZERS for j in range(max(0, k - 4), k))
            and all(s.tokens[j].fold in self.r.articles | _ARTICLE_WORDS | _DETERMINERS
                    | _POSSESSIVES | _COMPLEMENTIZERS or s.tokens[j].text.islower()
                    and len(s.tokens[j].fold) > 3
                    for j in range(max(0, k - 4), k)
                    if j > max(j2 for j2 in range(max(0, k - 4), k)
                               if s.tokens[j2].fold in _COMPLEMENTIZERS)))]
        # "ha definito «inaccettabile» la cooperazione militare tra Russia e Corea del Nord",
        # "said the military cooperation between Moscow and Pyongyang was a threat": ties
        # judged, no fact told (a verb of change stays one: "said cooperation had grown")
        out = [e for e in out if not (
            e.type == EventType.COOPERATION and self._ties_judged(s, s.token_at(e.trigger[0])))]
        # "sostenendo che l'Ue «non ha alcuna prova»", "soutenant que": a verb of support
        # before "that" claims, it supports no one
        out = [e for e in out if not (
            e.type == EventType.SUPPORT and (k := s.token_at(e.trigger[0])) + 1 < len(s.tokens)
            and s.tokens[k + 1].fold in _COMPLEMENTIZERS)]
        # "Hayashi ha definito la ratifica «...»", "called the ratification a concern": a
        # milestone or meeting named by its noun as what a stance or a verb of saying is
        # about, of a kind told before, is that one, no new fact
        cues = {i for i, _ in self.cue_subjects} | set(self.stance_cues)
        told_kinds = {e.type for e in self.result.events}
        out = [e for e in out if not (
            (e.type in MILESTONES or e.type == EventType.MEETING) and e.type in told_kinds
            and (k := s.token_at(e.trigger[0])) >= 2
            and s.tokens[k - 1].fold in self.r.articles | _ARTICLE_WORDS | _DETERMINERS
            and any(k - 1 - c in (1, 2) for c in cues))]
        if any(e.type == EventType.MILITARY_ASSISTANCE for e in out):
            # "gunners fighting alongside Russian troops": the help is the fact; a
            # deployment with nowhere it went is its shadow, and so is a support read from
            # the same words ("combattent aux côtés des forces russes")
            helps = [s.token_at(e.trigger[0]) for e in out
                     if e.type == EventType.MILITARY_ASSISTANCE]
            out = [e for e in out if (e.type != EventType.DEPLOYMENT
                                      or any(r == "host" for _, r in e.participants))
                   and not (e.type == EventType.SUPPORT and any(
                       abs(s.token_at(e.trigger[0]) - h) <= 3 for h in helps))]
            # "i soldati nordcoreani combattono sul fronte russo": troops named fighting, with
            # no verb of sending, tell the help alone; "soldiers sent to Russia began
            # fighting" tells both (GUIDELINES, session 12)
            help_pairs = {(a, b) for e in out if e.type == EventType.MILITARY_ASSISTANCE
                      for a, ra in e.participants if ra == "provider"
                      for b, rb in e.participants if rb == "recipient"}
            # (troops told present, then their fighting in a clause of its own pointing
            # back to them: "are in Russia, where some have fought", "si trovano in Russia e
            # alcuni hanno combattuto": the presence and the help, two facts, session 16)
            told_back = [e.trigger[0] for e in out if e.type == EventType.MILITARY_ASSISTANCE
                         and e.trigger[0] in self._help_told_back]
            if not self._sending_verbs(s):
                out = [e for e in out if not (
                    e.type == EventType.DEPLOYMENT
                    and not any(e.trigger[0] < b for b in told_back) and {
                        (a, b) for a, ra in e.participants if ra == "sender"
                        for b, rb in e.participants if rb == "host"} <= help_pairs)]
                # ("North Korean soldiers helped repel a Ukrainian incursion in Russia's
                # Kursk region": the troops named by their noun, with no verb of sending or
                # presence, tell their help alone, wherever the other names stand)
                helpers = {a for a, _ in help_pairs}
                out = [e for e in out if not (
                    e.type == EventType.DEPLOYMENT
                    and not any(e.trigger[0] < b for b in told_back)
                    and s.tokens[s.token_at(e.trigger[0])].fold in self._nouns
                    and {a for a, r in e.participants if r == "sender"} <= helpers
                    and not any(t.fold in _PRESENCE_VERBS - _BE_FORMS for t in s.tokens))]
        out = self._characterised_cooperation(s, out)
        # (a quoted noun phrase after a possessive, "de son « soutien total et
        # inconditionnel »", is the reporter's wording, not the speaker's sentence)
        # (nor words quoted inside a clause said with "that" beside another fact: "...,
        # aggiungendo che le truppe «sono già al fronte»" is indirect speech)
        quotation = any((a == s.start or len(_WORD.findall(self.text[a:b])) >= 4)
                        and self._prev_fold(a) not in _POSSESSIVES
                        and not (out and self._after_that(s, a)) for a, b in s.quotes)
        speaker_ids = {c.actor for c in self.speakers}
        # "Cho welcomed the report", "Rutte thanked Japan": a stance taken, whose object is
        # what it is about, no fact told
        stance_only = bool(self.speakers) and {c.actor for c in self.stance_speakers} \
            >= speaker_ids
        said = self._what_is_said(s)
        # "X said that North Korean crews trained Russian soldiers": a fact between named
        # actors that the word lists do not know, not a declaration; left out
        # "Seul, che a settembre aveva chiesto a Mosca di ..., ha espresso «rammarico»": the
        # facts and names of a clause between commas after the speaker are the clause's
        # (not when the verb of saying is the clause's own: "Séoul, qui soupçonne Moscou
        # d'avoir transféré ..., n'a pas commenté")
        # (a condemnation of nobody is its condemner's statement, not a fact: "X a dénoncé
        # une menace, tandis que le Japon s'est dit préoccupé": Japan's statement too)
        condemned = {a for e in out if e.condemnation for a, _ in e.participants}
        if self.speakers and all(self._paren_of(x.start) is None for x in self.speakers) \
                and not (self.cue_subjects and all(
                    self._paren_of(s.tokens[v].start) is not None
                    for v, _ in self.cue_subjects)):
            out_main = [e for e in out if self._paren_of(e.trigger[0]) is None
                        and not e.condemnation]
            cands_main = [c for c in cands if self._paren_of(c.start) is None]
        else:
            out_main, cands_main = [e for e in out if not e.condemnation], cands
        unknown_fact = not quotation and other_fact or not quotation and not stance_only and any(
            c.actor not in speaker_ids and c.kind not in ("source", "pair")
            and _prev_word(s, c, self.r.title_words) not in _LOCATIVE.get(self.b.language, ())
            # "une violation des résolutions de l'ONU": an organisation's texts, not what
            # it did ("le forze di Kiev" are a state's, who may do things)
            and not (_prev_word(s, c, self.r.title_words) in _GENITIVE
                     and _kind(self, c.actor) in ("organization", "alliance"))
            # "un'espansione pericolosa della guerra della Russia", "an escalation of
            # Russia's war": whose war it is, no fact told (session 15)
            and not self._war_of(s, c)
            # "warned Washington against...": whom the speaker tells is no fact
            and not self._addressed(s, c)
            # "concerned about the military ties between Moscow and Pyongyang": what a worry
            # is about is no fact
            and not self._feeling_about(s, s.token_at(c.start), within=10)
            # "called the treaty between Russia and North Korea a threat": what one
            # characterises is no fact told
            and not self._characterised(s, s.token_at(c.start))
            and any(a <= c.start < b for a, b in said) for c in cands_main)
        # "Washington warned that Pyongyang could hand Moscow shells", "said Washington would
        # raise the issue": what is said is only possible or to come; the declaration is the
        # news, of its speaker alone (and whom he told), as is a stance taken
        # (an event with one side named, of whom one thanks: "pour son « soutien »", "for
        # its support", is left out: no other fact told)
        # "Lin Jian ha detto che Pechino «segue da vicino» la situazione", "said the United
        # States was deeply concerned and would consult Seoul": what is said tells nothing
        # that happened (no verb in a past tense), a declaration of its speaker alone
        # (a milestone told in the agreement's participle or relative clause, after the
        # speaker, is no past the speaker tells: "said the treaty signed in June was ...")
        self._past_ignored = {s.token_at(e.trigger[0]) for e in out_main if self._milestone_aside(
            s, e, speaker_ids)}
        declared = unknown_fact and not quotation and not other_fact and bool(said) \
            and self._said_is_clause(s, said) and not self._tells_past(s, said)
        told = [e for e in out_main if not (e.partial and s.token_at(e.trigger[0]) > 0 and s.tokens[
            s.token_at(e.trigger[0]) - 1].fold in _POSSESSIVES)
                # "expressed support for efforts to find a solution": support of nobody named,
                # by the speaker, is the stance he takes, no fact
                and not (e.partial and e.type == EventType.SUPPORT
                         and {a for a, _ in e.participants} <= speaker_ids)
                # "Washington a dit suivre la visite « de très près »", "said it was watching
                # the talks": a trip or talks named again after their article, one side
                # only, are those told before, no fact of this sentence
                and not (e.partial and e.type in (EventType.VISIT, EventType.MEETING)
                         and s.token_at(e.trigger[0]) > 0 and s.tokens[
                             s.token_at(e.trigger[0]) - 1].fold in _ARTICLE_WORDS
                         | self.r.articles | _DETERMINERS
                         and s.tokens[s.token_at(e.trigger[0])].text.islower())
                # "hailed the courage of North Korean soldiers": troops named with one side
                # and no verb tell no sending
                and not (e.partial and e.type in CONTESTED and (
                    s.tokens[s.token_at(e.trigger[0])].fold in self._nouns
                    or s.tokens[s.token_at(e.trigger[0])].lemma in self._nouns))]
        # "Britain and France promised to send additional launchers to Ukraine": a promise to
        # do a contested fact of the model is that fact to come, no declaration (a promise of
        # no such fact, "a promis une « réponse »", "promised to strengthen ties", is one)
        promised_fact = stance_only and not quotation and bool(unreal_types & CONTESTED) \
            and any((s.tokens[i].fold in _PROMISES or s.tokens[i].lemma in _PROMISES)
                    # (a promise to do it: "promised to send", "ha promesso di inviare", "a
                    # promis de livrer"; not of a thing: "promised a firm response to any new
                    # delivery", a declaration)
                    and any(t.fold in _TO_DO for t in s.tokens[i + 1:i + 3])
                    for i in self.stance_cues)
        if promised_fact:
            self.speakers = []
        self._said_from = s.start  # where the words said begin, past the facts told
        if told and self.speakers and all(self._milestone_aside(s, e, speaker_ids)
                                          for e in told):
            # "hailed the treaty signed by Russia and North Korea in June as historic", "a
            # jugé « très préoccupant » le traité signé mercredi", "called the treaty, which
            # took effect on Dec. 4, a threat": a milestone told in the participle or relative
            # clause of the agreement the speaker judges is a fact beside the judgment
            told = []
            unknown_fact = False
        elif told and stance_only and not quotation and self._stance_apart(s, told, cands_main):
            # "ha espresso «grave preoccupazione» e ha chiesto a Mosca di...": a stance and
            # another fact, each with its own verb joined by "and": the stance is a
            # declaration of its own, beside the other fact
            told = []
        elif told and not self.denial and self._said_after_facts(s, told) and (
                quotation or stance_only or bool(said) and self._said_is_clause(s, [
                    (max(a, self._said_from), b) for a, b in said if b > self._said_from])):
            # "Putin met Choe in the Kremlin and said relations were developing", "ha
            # ricevuto Choe e ha definito i rapporti «più solidi che mai»", "a reçu M. Choe
            # et a qualifié": words said in a verb of their own after "and", past every fact
            # told, are a declaration beside those facts; what is said begins after the "and"
            # (the facts' names are not in it)
            told = []
            said = [(max(a, self._said_from), b) for a, b in said if b > self._said_from]
            unknown_fact = unknown_fact and any(
                c.actor not in speaker_ids and c.kind not in ("source", "pair")
                and any(a <= c.start < b for a, b in said) for c in cands_main)
        speaker_only = not quotation and not told and (
            unreal_fact or stance_only or declared or self._only_possible(s, said))
        if speaker_only:
            unknown_fact = False
        # "«North Korea has sent 3,000 more soldiers», Budanov said": a quotation that tells
        # an event is that event's report, no statement
        # (told by its verb, "has sent", "ha inviato"; not a noun the quotation judges: "the
        # deployment of troops to Russia is an escalation" is a declaration)
        quoted_fact = quotation and any(
            s.in_quotation(e.trigger[0]) and not e.partial
            and e.type not in (EventType.STATEMENT, EventType.ACCUSATION)
            # (a troop or arms noun as trigger: the verb after it, "soldiers have been sent")
            and any(_told_by_verb(s, k) and s.in_quotation(s.tokens[k].start) for k in range(
                s.token_at(e.trigger[0]), min(len(s.tokens), s.token_at(e.trigger[0]) + 6)))
            for e in out) or any(e.first_person and not e.partial for e in out)
        # "the two discussed ..., KCNA said", "said the two ministers had discussed": what
        # the two told of before did, a fact, no declaration
        # (not what is said to have not happened: "said the two sides had not signed any
        # agreement" is the declaration, GUIDELINES settled at the start of session 15)
        retold = not quotation and self._retold(s, said) and not self._said_negated(s, said)
        # "Peskov said the talks had focused on bilateral relations", "told reporters the two
        # countries had agreed to...": a clause said in a past tense tells a fact (of a kind
        # the lists may not know), no declaration
        # (not a clause that says nothing happened: "said no agreements had been signed",
        # "ha detto che il suo Paese non ha mai fornito armi" is the declaration)
        retold = retold or not quotation and not self.stance_cues and bool(said) \
            and self._said_is_clause(s, said) and self._tells_past(s, said, affirmed=True)
        # "Budanov said Russian strikes had killed nine civilians", "Lavrov said North Korean
        # engineers had helped repair bridges", "a affirmé que Pyongyang avait perdu des
        # centaines de soldats", "ha aggiunto che Mosca non esclude": a verb of saying of a
        # named speaker whose words tell no event of the model (no live trigger in them, in
        # any tense) is a declaration of that speaker alone (GUIDELINES, settled after the
        # held-out round of session 12); an event of the model told in them is attribution
        settled = self._declared_outside_model(s, said, quotation, told, quoted_fact)
        # (ties said to threaten nobody: the speaker's declaration only)
        settled = settled or self._ties_characterised and not told and not quoted_fact
        if settled:
            retold = unknown_fact = False
            speaker_only = True
            told = [e for e in told if not (e.partial and e.type in (EventType.VISIT,
                                                                     EventType.MEETING))]
        if self.speakers and (quotation and not (self.according_speech and told) or not told) \
                and not self.denial and not quoted_fact \
                and not retold and not unknown_fact \
                and (stance_only or not [
                    # ("i rapporti con Pyongyang": relations, no reports)
                    i for i in s.unquoted_hits(self.r.report_nouns)
                    if not (i + 1 < len(s.tokens) and s.tokens[i + 1].fold in _RELATIONS_WITH)
                    # (the verb of saying itself: "..., KCNA reported")
                    and not (settled and i in self.cue_tokens)
                    # ("said it was watching the visit, amid reports that...", "sur fond
                    # d'informations selon lesquelles": reports as the background of the
                    # words, not what they are about)
                    and not _after_background(s, i)]):
            # a direct quotation, or a declaration with no other event in it: what each
            # speaker said is the news
            # an unnamed source, or one referred back to that is no government ("the
            # monitors said", "the agency said"), reports what it says unless it is quoted
            # ("the ministry said" may declare); speakers joined by "and" make one statement
            # ("Japan and South Korea voiced similar concern")
            # (a news agency named declares what it says of no event of the model, as any
            # named speaker: "Kim visited a munitions factory, KCNA reported")
            speakers = list({c.actor: c for c in self.speakers
                             if (s.quotes or c.kind != "source" and not (
                                 c.kind == "anaphor"
                                 and _kind(self, c.actor) in ("media", "group", None)
                                 and not (settled and _kind(self, c.actor) == "media")))
                             and c.actor not in condemned
                             # (a news agency or an unnamed group reports; it makes no
                             # statement)
                             and (_kind(self, c.actor) not in ("media", "group")
                                  or settled and _kind(self, c.actor) == "media")}.values())
            groups: list[list[_Candidate]] = []
            for group in self.speaker_groups:
                mine = [c for c in speakers if c.actor in {g.actor for g in group}
                        and not any(c in g for g in groups)]
                if mine:
                    groups.append(mine)
            for group in groups:
                speaker = group[0]
                roles: list[tuple[str, str]] = [(c.actor, "speaker") for c in group]
                for c in cands_main:
                    if c.actor in {x.actor for x in speakers} or c.kind in ("source", "pair"):
                        continue
                    if any(self._in_title(s, c, g) for g in group) and not s.quoted(c.start):
                        continue  # "Il ministro degli Esteri russo Lavrov": his own title
                    if c.start < self._said_from and c.start > speaker.end:
                        continue  # "ha ricevuto a Mosca Choe e ha definito": the facts'
                    if s.quotes and not s.quoted(c.start):
                        # outside the quotation only who is spoken to: "told Choe"; not
                        # a name in what is said ("said that Moscow's ties with Pyongyang",
                        # "said the pact with North Korea")
                        said_that = any(t.fold in _COMPLEMENTIZERS and speaker.end <= t.start
                                        < c.start for t in s.tokens) or any(
                            a <= c.start < b for a, b in self._what_is_said(s, bare=True))
                        # a capital before the speaker is where he spoke ("À Tokyo, le
                        # porte-parole ... a dit"), not whom ("Addressing the Duma, ...")
                        # (with a few words quoted only, right after the verb: "ha
                        # promesso di «rafforzare» i legami con la Russia" is no addressee)
                        # (not after a noun: "il trattato con la Corea del Nord «...»")
                        if (quotation and self._word_before_title(s, c) in self.r.spoken_to
                                and not self._after_noun(s, c)
                                or self._addressed(s, c)) and \
                                not said_that and (c.start > speaker.start
                                                   or c.kind != "capital") and \
                                not (c.start < speaker.start and self._word_before_title(
                                    s, c) in _COMITATIVE) and \
                                not self._after_according(s, s.token_at(c.start)):
                            # (not the source after "according to": '"...," Kim said,
                            # according to KCNA')
                            roles.append((c.actor, "addressee"))
                        continue
                    if speaker_only:
                        # whom the speaker addresses ("warned Pyongyang against any ...",
                        # "thanked Japan"; not "its aid package to Kyiv")
                        if group[-1].end < c.start < unreal_at and not any(
                                t.fold in _COMPLEMENTIZERS and speaker.end <= t.start < c.start
                                for t in s.tokens) and self._addressed(s, c):
                            roles.append((c.actor, "addressee"))
                        continue
                    if not s.quotes:
                        # "wrote on Telegram that the world must respond to North Korea's
                        # involvement": a declaration with no quotation is its speaker's alone
                        # (GUIDELINES, statements round), with whom it is told to, right
                        # after the verb ("told Japanese Foreign Minister Takeshi Iwaya that")
                        if group[-1].end < c.start < unreal_at and not any(
                                t.fold in _COMPLEMENTIZERS and speaker.end <= t.start < c.start
                                for t in s.tokens) and self._addressed(s, c):
                            roles.append((c.actor, "addressee"))
                        continue
                    roles.append((c.actor, "subject"))
                # "ha lanciato un avvertimento agli alleati", "told allies", "a averti ses
                # alliés": the speaker's state's allies are whom he speaks to
                allies = self._allies_spoken_to(s, speaker)
                if allies is not None:
                    roles.append((allies, "addressee"))
                if not any(r == "addressee" for _, r in roles):
                    # "Gli ha detto che", "Elle lui a dit que", "Le ha assicurato": whom the
                    # clitic before the verb of saying stands for
                    told_to = next((w_to for k in self.cue_tokens
                                    if (w_to := self._clitic_addressee(
                                        s, k, {c.actor for c in group}))), "")
                    if told_to:
                        roles.append((told_to, "addressee"))
                seen: dict[str, str] = {}
                for a, r in roles:
                    seen.setdefault(a, r)
                out.append(FoundEvent(EventType.STATEMENT, list(seen.items()),
                                      (s.start, s.end), (speaker.start, speaker.end)))
                if any(r == "addressee" for r in seen.values()) and \
                        self._thanks_then_says(s, speaker):
                    # "ha ringraziato il Giappone ... e ha detto che la guerra «non finirà
                    # presto»": two acts of one speaker joined by "and", the thanks to whom
                    # it is said and the words said (GUIDELINES, session 15)
                    out.append(FoundEvent(EventType.STATEMENT, [(speaker.actor, "speaker")],
                                          (s.start, s.end), (speaker.start, speaker.end)))
        out += self._gerund_statement(s, cands, out)
        refusals = s.unquoted_hits(self.r.no_comment)
        if refusals:
            # "said it would not comment on the figures", "ha detto di non avere nulla da
            # aggiungere", "s'est refusé à tout commentaire": a refusal to comment is no
            # claim, and no statement (GUIDELINES); not another clause's ("Seoul said it
            # regretted the deal, while Beijing declined to comment")
            bounds = self._clause_bounds(s)

            def refused(e: FoundEvent) -> bool:
                k = s.token_at(e.trigger[0])
                return any(not any(min(k, h) < b <= max(k, h) for b in bounds)
                           for h in refusals)
            out = [e for e in out if e.type != EventType.STATEMENT or e.condemnation
                   or not refused(e)]
        return out

    def _thanks_then_says(self, s: Sentence, speaker: _Candidate) -> bool:
        """After the speaker, a verb that addresses someone (thanks, warns: `spoken_to`),
        then "and" with an auxiliary and a verb of saying with a clause of its own ("thanked
        Japan for its firmness and said that the war...", "ha ringraziato il Giappone e ha
        detto che", "a remercié le Japon et a déclaré que")."""
        toks = s.tokens
        first = next((k for k, t in enumerate(toks) if t.start >= speaker.end
                      and not s.quoted(t.start)
                      and (t.fold in self.r.spoken_to or t.lemma in self.r.spoken_to)
                      and t.fold not in _COMITATIVE and len(t.fold) > 3), None)
        if first is None:
            return False
        for i in self.cue_tokens:
            if i <= first + 1 or s.quoted(toks[i].start) or i in self.stance_cues:
                continue
            j = i - 1
            while j > first and toks[j].fold in _AUXILIARIES - _AND:
                j -= 1
            if j > first and toks[j].text.lower() in _AND and any(
                    toks[k].fold in _COMPLEMENTIZERS or s.quoted(toks[k].start)
                    for k in range(i + 1, min(len(toks), i + 4))) and not any(
                    (m := self.mentions.at(toks[k].start)) is not None
                    and _kind(self, m.target) == "person" for k in range(j + 1, i)):
                return True
        return False

    def _gerund_statement(self, s: Sentence, cands: list[_Candidate],
                          out: list[FoundEvent]) -> list[FoundEvent]:
        """ "Rutte confirmed that troops had been sent, calling the move «a significant
        escalation»", "ha incontrato Lavrov, definendo la Russia «il più fedele amico»", "a
        confirmé l'envoi, en qualifiant la décision de « dangereuse »": a gerund of saying
        or of a stance after a comma, past every fact told, with nothing of the model in
        its words, is a second act of the one who speaks or acts in the main clause: his
        statement beside the fact (GUIDELINES, session 15: two acts joined by a participle
        are two events). Not a gerund of denial ("calling the reports lies")."""
        if not out or any(e.type == EventType.STATEMENT for e in out):
            return []
        toks = s.tokens
        last = max(e.trigger[1] for e in out)
        verbs = self.r.report.words | self.r.stance.words
        for g, t in enumerate(toks):
            if t.start < last or s.quoted(t.start) or not t.text.islower():
                continue
            prev = g - 1 if g and toks[g - 1].fold != "en" else g - 2
            if prev < 0 or "," not in self.text[toks[prev].end:toks[prev + 1].start]:
                continue
            if t.fold in _NOT_GERUNDS or not _gerund_of(t.fold, verbs):
                continue
            # nothing of the model, no denial and no report in its words
            after = range(g + 1, len(toks))
            # (a noun after its article is the fact referred back to: "calling the move")
            back = self.r.articles | _ARTICLE_WORDS | _DETERMINERS | _POSSESSIVES
            if any((k in self._live_hits or k in self._dead_hits)
                   and toks[k - 1].fold not in back for k in after) or any(
                    toks[k].fold in self.r.deny.words
                    or toks[k].fold in self.r.report_nouns.words
                    for k in after) or any(e.negated for e in out):
                return []
            # a past told in its words is the fact's report ("saying the deployment had
            # been ordered under the treaty"), no declaration
            if self._tells_past(s, [(t.end, s.end)]):
                return []
            # who speaks: the subject of the verb of saying or confirming before it (a
            # condemnation or a denial goes on in its gerund: "condemned the deployment,
            # calling it a criminal act" is one act)
            if self.denial or any(e.type == EventType.ACCUSATION or e.condemnation
                                  for e in out):
                return []
            said = [c for i, c in self.cue_subjects if i < g]
            who = said[-1] if said else None
            if who is None or _kind(self, who.actor) in ("media", "group", None):
                return []
            roles = [(who.actor, "speaker")]
            if t.fold in _THANKING or _gerund_of(t.fold, frozenset(self.r.spoken_to)):
                nxt = next((c for c in cands if c.start >= t.end
                            and s.token_at(c.start) - g <= 3), None)
                if nxt is not None and nxt.actor != who.actor:
                    roles.append((nxt.actor, "addressee"))
            return [FoundEvent(EventType.STATEMENT, roles, (s.start, s.end),
                               (who.start, who.end))]
        return []

    def _counterpart_told(self, s: Sentence, ev: FoundEvent) -> bool:
        """A meeting read only from "counterpart" that is whom a verb of saying addresses
        ('"...," Lavrov told his North Korean counterpart Choe', "ha detto alla sua
        omologa", "a dit à son homologue"): said to, no meeting told."""
        if ev.type != EventType.MEETING:
            return False
        toks = s.tokens
        k = s.token_at(ev.trigger[0])
        if toks[k].fold not in _COUNTERPARTS:
            return False
        j = k - 1
        while j >= 0 and (toks[j].fold in _TITLE_POSSESSIVES | _ARTICLE_WORDS
                          | self.r.articles or self.mentions.at(toks[j].start) is not None
                          and toks[j].fold not in self.r.spoken_to):
            j -= 1
        if j >= 1 and toks[j].fold in self.r.spoken_to and toks[j].fold not in _TELL_WHOM:
            j -= 1  # "detto alla", "dit à"
        if j < 0:
            return False
        t = toks[j]
        return t.fold in _TELL_WHOM or t.lemma in _TELL_WHOM or any(
            t.fold in ws.words or t.lemma in ws.words for ws in (self.r.report,))

    def _group_adjective(self, s: Sentence, cands: list[_Candidate], actor: str,
                         before: int) -> bool:
        """The actor is named before ``before`` only by a demonym next to a noun of an
        unnamed source ("South Korean officials", "diplomatici russi", "fonti del governo
        giapponese"): the unnamed group acts, the state is a mention (GUIDELINES)."""
        toks = s.tokens
        mine = [c for c in cands if c.actor == actor and c.start < before]
        if not mine:
            return False
        for c in mine:
            m = self.mentions.at(c.start)
            if m is None or m.kind != "demonym":
                return False
            lo, hi = s.token_at(c.start), s.token_at(max(c.start, c.end - 1))
            near = [k for k in range(max(0, lo - 4), min(len(toks), hi + 3))
                    if not lo <= k <= hi and toks[k].fold in self.r.source_nouns
                    and toks[k].start < before]
            if not any(all(toks[j].text.islower() and not self._is_verb(toks[j])
                           for j in range(min(k, lo) + 1, max(k, hi)) if not lo <= j <= hi)
                       for k in near):
                return False
        return True

    def _head_group(self, s: Sentence, cands: list[_Candidate],
                    head: _Candidate | None, bodies: bool = False) -> list[_Candidate]:
        """The head of a clause between commas with the people joined to it by "and" before
        it, titles between ("Il ministro russo Sergej Lavrov e la sua omologa nordcoreana
        Choe Son Hui, che ..."): the clause's and the main clause's subject is all of them.
        With ``bodies``, a body's head is joined to the bodies before it ("the State Duma
        and the Federation Council, the upper house, ...")."""
        if head is None:
            return []
        group = [head]
        kind = _kind(self, head.actor)
        if kind != "person" and not (bodies and kind in ("government_body", "organization")):
            return group
        kinds = ("government_body", "organization") if kind != "person" else ("person",)
        people = [c for c in cands if c.end <= head.start and _kind(self, c.actor) in kinds]
        for c in reversed(people):
            gap = self.text[c.end:group[0].start]
            words = [fold_key(w) for w in _WORD.findall(gap)]
            covered = {fold_key(w) for m in self._mentions_in(c.end, group[0].start)
                       for w in _WORD.findall(m.text)}
            if "," in gap or not set(words) & _AND or not set(words) <= (
                    _AND | self.r.articles | self.r.title_words | _POSSESSIVES | _DETERMINERS
                    | _ARTICLE_WORDS | self.r.title_modifiers | covered | {"sua", "suo"}):
                break
            group.insert(0, c)
        return group

    def _phrase_people(self, s: Sentence, phrases: tuple[str, ...]) -> list[
            tuple[int, int, list[Mention]]]:
        """Each phrase of ``phrases`` in ``s`` (token index of its first and last word) with
        the people named after it: a list joined by "and" or commas, titles between, up to
        the comma that closes it once a person is named ("accompanied by Foreign Minister
        Lavrov and Defence Minister Belousov, Putin ..."; "en présence du chef de la
        diplomatie russe, Sergueï Lavrov": a comma before the first name is an apposition)."""
        toks = s.tokens
        found: list[tuple[int, int, list[Mention]]] = []
        for p in phrases:
            words = p.split()
            at = s.folded.find(f" {p} ")
            while at >= 0:
                first = s.folded[:at + 1].count(" ") - 1
                last = first + len(words) - 1
                people: list[Mention] = []
                k = last + 1
                while k < len(toks) and k - last <= 24:
                    gap = self.text[toks[k - 1].end:toks[k].start]
                    if people and ("," in gap or ";" in gap or "(" in gap) and not (
                            (m := self.mentions.at(toks[k].start)) is not None
                            and _kind(self, m.target) == "person"
                            # "by A, B and C": the list goes on; "Accompanied by A, B
                            # arrived": B is the subject after the participle's clause
                            and (j := s.token_at(m.end - 1) + 1) < len(toks)
                            # (the text, not the fold: Italian "è" is no "e")
                            and ("," in self.text[m.end:toks[j].start]
                                 or toks[j].text.lower() in _AND)
                            or toks[k].text.lower() in _AND):
                        break  # the list is closed: another clause follows
                    if ";" in gap or "." in gap.strip() or (
                            toks[k].text[:1].islower() and self._is_verb(toks[k])
                            and toks[k].fold not in self.r.title_words):
                        break
                    m = self.mentions.at(toks[k].start)
                    if m is not None and _kind(self, m.target) == "person":
                        if m not in people:
                            people.append(m)
                        k = s.token_at(m.end - 1) + 1
                        continue
                    k += 1
                if people:
                    found.append((first, last, people))
                at = s.folded.find(f" {p} ", at + 1)
        return found

    def _company(self, s: Sentence, events: list[FoundEvent]) -> None:
        """Who travels with a visitor is a visitor ("Putin, accompanied by Lavrov and
        Belousov, landed in Pyongyang"; "Accompagné de X, Y est arrivé"); who attends talks
        is a participant ("received Choe in the presence of Lavrov", "alla presenza di")."""
        lang = self.b.language
        visits = [e for e in events if e.type == EventType.VISIT]
        meetings = [e for e in events if e.type == EventType.MEETING]
        toks = s.tokens
        company = self._phrase_people(s, _COMPANY.get(lang, ())) if visits or meetings else []
        for _first, _last, people in company:
            # "Accompagnato da X, Putin ... è stato accolto da Kim": as in a clause between
            # commas ("Putin, accompanied by X, met Kim"), the companions are no side of
            # the main clause's talks
            ids = [m.target for m in people]
            for ev in meetings:
                kept = [(a, r) for a, r in ev.participants if a not in ids]
                if len(kept) >= 2:
                    ev.participants = kept
        if visits:
            for first, _last, people in company:
                ids = [m.target for m in people]
                for ev in visits:
                    if not any(r == "visitor" for _, r in ev.participants):
                        continue
                    visitors = [a for a, r in ev.participants if r == "visitor"]
                    head: str | None = None
                    if all(a in ids for a in visitors):
                        # "Accompanied by Lavrov, Putin arrived": the companions' head is
                        # the subject after the participle's clause (or the name before it)
                        after = s.token_at(people[-1].end - 1) + 1
                        before = first - 1 if first > 0 and self.text[
                            toks[first - 1].end:toks[first].start].strip() == "," else None
                        if before is not None and (m := self.mentions.at(
                                toks[before - 1].start if before > 0 else -1)) is not None \
                                and _kind(self, m.target) == "person":
                            head = m.target
                        else:
                            head = next((m.target for m in self._mentions_in(
                                toks[after].start if after < len(toks) else s.end,
                                ev.trigger[0]) if _kind(self, m.target) == "person"
                                and m.target not in ids), None)
                        if head is None:
                            continue
                    parts = [(a, r) for a, r in ev.participants if a not in ids]
                    if head is not None:
                        parts = [(a, r) for a, r in parts if a != head]
                        parts.insert(0, (head, "visitor"))
                    n = max(i for i, (_, r) in enumerate(parts) if r == "visitor") + 1 \
                        if any(r == "visitor" for _, r in parts) else 0
                    parts[n:n] = [(a, "visitor") for a in ids]
                    ev.participants = list(dict.fromkeys(parts))
        if meetings:
            for first, _last, people in self._phrase_people(s, _ATTENDING.get(lang, ())):
                for ev in meetings:
                    if len(ev.participants) < 2 or ev.trigger[0] > toks[first].start:
                        continue  # the talks are told before whom they were held with
                    have = {a for a, _ in ev.participants}
                    ev.participants += [(m.target, "participant") for m in people
                                        if m.target not in have]
                    ev.participants = list(dict.fromkeys(ev.participants))

    def _gapped(self, s: Sentence, out: list[FoundEvent],
                cands: list[_Candidate]) -> list[FoundEvent]:
        """ "The law was signed by Putin on Saturday and the decree by Kim on Monday", "era
        stato approvato mercoledì dal Consiglio ... e il 24 ottobre dalla Duma": a clause
        with its verb left out, "and" then an agent after "by", is the same act by another
        agent (its own event, dated in its own clause)."""
        toks = s.tokens
        found: list[FoundEvent] = []
        for ev in out:
            if ev.type not in ROLE_PAIRS:
                continue
            agent = ROLE_PAIRS[ev.type][0]
            def after_by(c: _Candidate) -> bool:  # "by North Korean leader Kim Jong Un"
                return _prev_word(s, c, self.r.title_words) in _BY_WORDS or \
                    self._word_before_title(s, c) in _BY_WORDS

            by_agents = [c for c in cands if (c.actor, agent) in ev.participants
                         and c.start > ev.trigger[0] and after_by(c)]
            if not by_agents:
                continue
            last = by_agents[-1]
            k = s.token_at(last.end - 1) + 1
            while k < len(toks) and toks[k].fold not in _AND:
                k += 1
            if k >= len(toks):
                continue
            for c in cands:
                j = s.token_at(c.start)
                if c.start <= toks[k].start or j - k > 8 or not after_by(c) or \
                        any(c.actor == a for a, _ in ev.participants) or any(
                            o.type == ev.type and (c.actor, agent) in o.participants
                            for o in [*out, *found]) or \
                        any(self._is_verb(t) for t in toks[k + 1:j]):
                    continue
                # its trigger is its agent: the date nearest it is its clause's
                found.append(FoundEvent(
                    ev.type, [(c.actor, agent), *[(a, r) for a, r in ev.participants
                                                  if r != agent]],
                    ev.sentence, (c.start, c.end), agreement=ev.agreement,
                    notes=list(ev.notes), objects=set(ev.objects)))
                break
        return found

    def _received_in(self, s: Sentence, out: list[FoundEvent],
                     cands: list[_Candidate]) -> list[FoundEvent]:
        """ "Poutine a été accueilli à Pyongyang par Kim", "was received in Pyongyang by
        Kim": who is received in a capital of another state visits that state."""
        # (a visit with no host told beside it, "au début d'une visite de deux jours", is
        # that trip)
        if any(e.type == EventType.VISIT and any(r == "host" for _, r in e.participants)
               for e in out):
            return []
        found: list[FoundEvent] = []
        locative = _LOCATIVE.get(self.b.language, set())
        for ev in out:
            if ev.type != EventType.MEETING:
                continue
            t = s.token_at(ev.trigger[0])
            if not (0 < t and s.tokens[t - 1].fold in _PASSIVE_AUX | {"stato", "stata"}
                    and s.tokens[t].lemma in self._meeting_words):
                # (the meeting found first by another of its words: "a été accueilli à
                # Pyongyang par son homologue")
                t = next((k for k in range(1, len(s.tokens))
                          if s.tokens[k - 1].fold in _PASSIVE_AUX | {"stato", "stata"}
                          and s.tokens[k].lemma in self._meeting_words
                          and s.tokens[k].start >= ev.trigger[0] - 200), -1)
                if t < 0:
                    continue
                ev_start = s.tokens[t].start
            else:
                ev_start = ev.trigger[0]
            if t > 1 and s.tokens[t - 2].fold in _REFLEXIVE:
                continue  # "s'étaient rencontrés à Moscou", "si erano incontrati": they met
            received = [c for c in cands if c.end <= ev_start
                        and (c.actor, "participant") in ev.participants
                        and _kind(self, c.actor) == "person"]
            # (a city, not a seat of power: "reçue au Kremlin par Poutine" tells the
            # reception, not a trip)
            place = next((c for c in cands if c.start > ev_start and c.kind == "capital"
                          and _prev_word(s, c, self.r.title_words) in locative
                          and fold_key(self.text[c.start:c.end]) not in _SEATS
                          and s.token_at(c.start) - t <= 4), None)
            if not received or place is None:
                continue
            who = received[-1].actor
            if self._state_of(who) == place.actor:
                continue  # at home: received, not visiting
            found.append(FoundEvent(EventType.VISIT, [(who, "visitor"), (place.actor, "host")],
                                    ev.sentence, ev.trigger))
        return found

    def _future_tense(self, s: Sentence, i: int) -> bool:
        """A verb in the future tense at token i or up to two words before it
        ("L'accordo entrerà in vigore", "Pyongyang enverra des troupes")."""
        ends = self.r.future_endings
        return bool(ends) and any(
            s.tokens[k].text.islower() and len(s.tokens[k].text) > 5
            and s.tokens[k].text.endswith(ends) for k in range(max(0, i - 2), i + 1))

    def _debated(self, s: Sentence, i: int) -> bool:
        """The ratification noun is what is debated, examined or defended ("The State Duma
        debated the ratification of the treaty", "Rudenko defended the ratification before
        the Duma", "ha difeso la ratifica", "a débattu de la ratification"): no ratification
        told."""
        toks = s.tokens
        if not toks[i].fold.startswith("ratif") or toks[i].fold.endswith(("ed", "ing")):
            return False
        k = i - 1
        while k > 0 and i - k < 6 and (toks[k].fold in _ARTICLE_WORDS | self.r.articles
                                       | _GENITIVE | {"de", "d", "du", "on", "over", "sur",
                                                      "su", "sulla"}
                                       # "a débattu jeudi de la ratification"
                                       or any(a <= toks[k].start < b
                                              for a, b in self.date_spans)):
            k -= 1
        return k < i - 1 and (toks[k].fold in _DEBATE_VERBS or toks[k].lemma in _DEBATE_VERBS)

    def _for_ratification(self, s: Sentence, i: int) -> bool:
        """ "submitted the treaty to the Duma for ratification", "per la ratifica", "pour
        ratification": the ratification noun after "for", "per", "pour" is a purpose."""
        toks = s.tokens
        k = i - 1
        if k >= 0 and toks[k].fold in _ARTICLE_WORDS | self.r.articles | {"its"}:
            k -= 1
        return k >= 0 and k < i and toks[k].fold in ("for", "per", "pour") and \
            toks[i].fold.startswith("ratif") and not toks[i].fold.endswith(("ed", "ing"))

    def _law_named_only(self, s: Sentence, i: int) -> bool:
        """The ratification noun names a bill or law ("the ratification bill", "il disegno di
        legge di ratifica", "le projet de loi de ratification") and no verb of its sentence
        passes, signs or promulgates it ("The Duma received the ratification bill", "began
        debating the ratification law"): the law is named, no ratification told."""
        toks = s.tokens
        if not toks[i].fold.startswith("ratif"):
            return False
        law = i + 1 < len(toks) and toks[i + 1].fold in _LAW_NOUNS or i >= 2 and \
            toks[i - 1].fold in ("di", "de", "of") and toks[i - 2].fold in _LAW_NOUNS
        if not law:
            return False
        # (a noun of the act too: "Putin's signature of the ratification law")
        approve = {w for r in self.r.events if r.type == EventType.RATIFICATION
                   for w in r.words.words} | _LAW_ACTS | _APPROVAL_NOUNS
        verbs = [k for k, t in enumerate(toks) if k != i and not t.fold.startswith("ratif")
                 and (t.fold in approve or t.lemma in approve)]
        # "Putin non ha ancora firmato la legge di ratifica": the verb negated
        negated = set(s.hits(self.r.negation))
        return not any(not any(0 < v - n <= 3 for n in negated) for v in verbs)

    def _before_unreal(self, s: Sentence, i: int) -> bool:
        """The trigger at token i follows "before", "prima di", "avant de" in a clause that
        has not happened: a modal after "before" ("before it can take effect", "avant qu'il
        puisse entrer en vigueur") or a main clause still to come ("Il trattato dovrà essere
        esaminato dal Consiglio prima di essere firmato da Putin", "must still be approved
        before being signed"): what comes after it has not happened either."""
        toks = s.tokens
        # "clearing the way for President Putin to sign it into law": what someone is let
        # do has not happened
        to = next((k for k in range(i - 1, max(-1, i - 4), -1) if toks[k].fold == "to"), None)
        if to is not None and any(toks[f].fold == "for" for f in range(max(0, to - 6), to)) \
                and not set(self.text[toks[max(0, to - 6)].end:toks[i].start]) & {",", ";"}:
            return True
        b = next((b for b in range(i - 1, max(-1, i - 5), -1)
                  if toks[b].fold in ("before", "prima", "avant")), None)
        if b is None or set(self.text[toks[b].end:toks[i].start]) & {",", ";"}:
            return False
        if any(toks[k].fold in _BEFORE_MODALS for k in range(b + 1, i)):
            return True
        future = [j for j in s.hits(self.r.future) if j < b] + [
            j for j in s.hits(self.r.conditional) if j < b] + [
            j for j in s.hits(self.r.intent) if j < b]
        return any(not any(j < x < b for x in self._clause_bounds(s))
                   and ";" not in self.text[toks[j].end:toks[b].start] for j in future) or \
            any(self._future_tense(s, j) for j in range(0, b))

    def _ratified_by(self, s: Sentence, i: int, cands: list[_Candidate]) -> str | None:
        """Who ratifies, named after "by", "da", "par" (or "with", "con", "through") past a
        state's name or adjective, a title or a decree's noun: "was ratified by a decree of
        North Korean leader Kim Jong Un", "ratified by Russia's State Duma", "ratificato con
        un decreto del leader nordcoreano Kim Jong Un", "ratifié par un décret du dirigeant
        nord-coréen Kim Jong Un" (session 15): the first person or body so named."""
        toks = s.tokens
        p = next((k for k in range(i + 1, min(i + 5, len(toks)))
                  if toks[k].fold in _BY_WORDS | _RATIFIED_WITH), None)
        if p is None or set(self.text[toks[i].end:toks[p].start]) & {",", ";", ":"}:
            return None
        bounds = self._clause_bounds(s)
        for c in cands:
            if c.start <= toks[p].start:
                continue
            gap = self.text[toks[p].end:c.start]
            if set(gap) & {",", ";", ":", "(", "«", '"'} or len(gap.split()) > 8 or any(
                    p < b and toks[b].start < c.start for b in bounds):
                return None
            kind = _kind(self, c.actor)
            if kind in ("person", "government_body"):
                return c.actor
            if kind != "state":
                return None
        return None

    def _gapped_ratifications(self, s: Sentence, out: list[FoundEvent],
                              cands: list[_Candidate]) -> list[FoundEvent]:
        """ "The State Duma ratified it on Oct. 24, the Federation Council on Nov. 6", "La Duma
        lo ha ratificato il 24 ottobre, il Consiglio della Federazione il 6 novembre", "la
        Douma l'a ratifié le 24 octobre, le Conseil de la Fédération le 6 novembre": after a
        ratification with its ratifier, a comma, a body or person and a date with no verb of
        their own are the same act by them (session 15)."""
        rats = [e for e in out if e.type == EventType.RATIFICATION and _ratifiers(e)]
        if not rats:
            return []
        toks = s.tokens
        arts = _ARTICLE_WORDS | self.r.articles | _DEFINITE_CONTRACTED
        found: list[FoundEvent] = []
        taken = {a for e in out for a, _ in e.participants}
        for c in cands:
            base = next((e for e in rats if e.trigger[1] <= c.start), None)
            # (a body of the graph may be filed as an organisation: "federation-council")
            if base is None or c.actor in taken or _kind(self, c.actor) not in (
                    "person", "government_body", "organization"):
                continue
            k = s.token_at(c.start)
            j = k - 1
            while j >= 0 and toks[j].fold in arts:
                j -= 1
            if j < 0 or not ("," in self.text[toks[j].end:toks[j + 1].start]
                             or toks[j].fold in _AND and j > 0
                             and "," in self.text[toks[j - 1].end:toks[j].start]):
                continue
            e = s.token_at(c.end - 1) + 1
            stop = next((x for x in range(e, len(toks))
                         if set(self.text[toks[x - 1].end:toks[x].start]) & {",", ";"}),
                        len(toks))
            if any(toks[x].text.islower() and self._is_verb(toks[x]) for x in range(e, stop)):
                continue
            if not any(c.end <= a < (toks[stop - 1].end if stop else s.end)
                       for a, _ in self.date_spans):
                continue
            parties = [(a, r) for a, r in base.participants if r == "party"]
            ev = FoundEvent(EventType.RATIFICATION, [(c.actor, "ratifier"), *parties],
                            base.sentence, (c.start, c.end), agreement=base.agreement,
                            notes=list(base.notes), own_part_date=True)
            ev.unreported = base.unreported
            found.append(ev)
            taken.add(c.actor)
        return found

    def _instruments_exchanged(self, s: Sentence) -> list[int]:
        """Tokens of a verb or noun of exchanging or handing over the instruments of
        ratification ("exchanged instruments of ratification", "the documents were handed
        over", "si sono scambiati gli strumenti", "ont échangé les documents", "lo scambio
        degli strumenti"), once the text tells a milestone of the agreement or the sentence
        names a ratification."""
        toks = s.tokens
        if not any(t.fold.startswith("ratif") for t in toks) and not any(
                e.type in MILESTONES and e.agreement for e in self.result.events):
            return []
        objs = [k for k, t in enumerate(toks) if t.fold in _INSTRUMENTS]
        if not objs:
            return []
        return [k for k, t in enumerate(toks)
                if (t.fold.startswith(_EXCHANGE_STEMS) or t.fold == "handed"
                    and k + 1 < len(toks) and toks[k + 1].fold == "over")
                and any(abs(k - o) <= 8 for o in objs)]

    def _instrument_of_ratification(self, s: Sentence, h: int) -> bool:
        """The ratification noun at token h names the instruments of ratification
        ("instruments of ratification", "ratification documents", "gli strumenti di
        ratifica", "les documents de ratification")."""
        toks = s.tokens
        if not toks[h].fold.startswith("ratif"):
            return False
        if h + 1 < len(toks) and toks[h + 1].fold in _INSTRUMENTS:
            return True
        k = h - 1
        while k >= 0 and toks[k].fold in {"of", "the", "di", "de", "d", "des", "du"}:
            k -= 1
        return 0 <= k < h - 1 and toks[k].fold in _INSTRUMENTS

    def _milestone_setting(self, s: Sentence, i: int) -> bool:
        """The milestone noun at token i names the setting of another fact: after "at",
        "during", "alla", "durante", "lors de", "pendant" and an article, a noun of a
        ceremony between ("At the signing ceremony", "durante la cerimonia della firma",
        "lors de la cérémonie de signature"); not with who did it ("at the signing by Putin
        and Kim")."""
        toks = s.tokens
        if not toks[i].text.islower():
            return False
        k = i - 1
        while k >= 0 and toks[k].fold not in _SETTING_PREPS - {"a"} and (
                toks[k].fold in _ARTICLE_WORDS | self.r.articles | _SETTING_NOUNS
                | _DEFINITE_CONTRACTED | {"of", "di", "de", "della", "du", "d"}):
            k -= 1
        if k < 0 or toks[k].fold not in _SETTING_PREPS or k == i - 1:
            return False
        return not any(toks[x].fold in _BY_WORDS for x in range(i + 1, min(i + 4, len(toks))))

    def _definite_treaty_noun(self, s: Sentence, i: int) -> bool:
        """The milestone noun at token i has the agreement told before as its definite
        complement ("the treaty's signing", "the signing of the pact", "la firma del
        trattato", "la signature du traité")."""
        toks = s.tokens
        refs = self.r.agreement_refs.words
        if i >= 3 and toks[i - 1].fold == "s" and toks[i - 2].fold in refs and \
                toks[i - 3].fold in ("the", "this", "that"):
            return True
        j = i + 1
        if j < len(toks) and toks[j].fold in ("of", "del", "dello", "della", "du", "dell"):
            j += 1
            if j < len(toks) and toks[j].fold in ("the", "this", "that", "l", "le", "la"):
                j += 1
            elif toks[j - 1].fold == "of":
                return False
            return j < len(toks) and toks[j].fold in refs
        return False

    def _objects_of_next_verb(self, s: Sentence, ev: FoundEvent, stray: set[str]) -> bool:
        """The milestone is a noun with the agreement as its complement ("the treaty's
        signing", "la firma del trattato", "la signature du traité") and every state of
        ``stray`` is named after a verb that follows it: that verb's objects."""
        toks = s.tokens
        i = s.token_at(ev.trigger[0])
        arts = _ARTICLE_WORDS | self.r.articles | _DEFINITE_CONTRACTED
        noun = i > 0 and (toks[i - 1].fold in arts or toks[i - 1].fold == "s")
        if not noun:
            return False
        verb = next((k for k in range(i + 1, len(toks)) if toks[k].text.islower()
                     and self._is_verb(toks[k]) and not toks[k].fold.startswith("sign")), None)
        if verb is None:
            return False
        spots = [m.start for m in self._mentions_in(s.start, s.end) if m.target in stray]
        return bool(spots) and all(x > toks[verb].start for x in spots)

    def _treaty_ref_of(self, s: Sentence, i: int) -> bool:
        """The verb at token i has "the document", "the text" as its object or passive
        subject ("signed the document", "il documento fu firmato da", "a soumis le texte à
        la Douma"), nothing but articles, auxiliaries and adverbs between."""
        toks = s.tokens
        glue = _ARTICLE_WORDS | self.r.articles | _PASSIVE_AUX | _BEEN | _AUXILIARIES | {
            "fu", "furent", "had", "has", "was", "were", "been", "era", "erano", "avait",
            "avaient", "etait"}
        for k in range(max(0, i - 4), min(len(toks), i + 4)):
            if k == i or toks[k].fold not in _TREATY_REFS - {"it"}:
                continue
            a, b = (k + 1, i) if k < i else (i + 1, k)
            if all(toks[x].fold in glue or _is_adverb(toks[x]) for x in range(a, b)):
                return True
        return False

    def _concluded_no_agreement(self, s: Sentence, e: FoundEvent) -> bool:
        """A verb of concluding that concludes no agreement: "conclude", "concludere",
        "conclure" said of a process, talks or a procedure that ended ("l'iter si era concluso
        sabato", "la procédure s'est conclue", "the talks on the treaty concluded in Moscow";
        session 15). It signs only an agreement named as its object right after it ("hanno
        concluso a giugno un trattato") or as the noun it follows as a participle or passive
        ("the pact concluded in June", "le traité conclu entre"), never with a reflexive
        pronoun."""
        toks = s.tokens
        k = s.token_at(e.trigger[0])
        if k >= len(toks) or not (toks[k].fold.startswith("conclu")
                                  or toks[k].lemma in ("conclude", "concludere", "conclure")):
            return False
        needs = next((r.needs for r in self.r.events if r.type == EventType.SIGNING), None)

        def agreement_at(j: int) -> bool:
            m = self.mentions.at(toks[j].start)
            return m is not None and bool(m.agreement) or needs is not None and (
                toks[j].fold in needs.words or toks[j].lemma in needs.words)
        j = k - 1
        skip = _AUXILIARIES | _PASSIVE_AUX | _BEEN | {"si", "se", "s", "era", "etait"}
        while j >= 0 and (toks[j].fold in skip or _is_adverb(toks[j])):
            if toks[j].fold in ("si", "se", "s"):
                return True
            j -= 1
        if j >= 0 and toks[j].fold in ("si", "se", "s"):
            return True
        bounds = self._clause_bounds(s)
        # (the agreement's noun and its complements: "le traité de partenariat stratégique
        # global conclu le 19 juin")
        # (not the object of a preposition: "the talks on the treaty with North Korea
        # concluded", "the ratification process for the treaty concluded")
        arts = _ARTICLE_WORDS | self.r.articles

        def head(x: int) -> bool:
            y = x - 1
            while y >= 0 and toks[y].fold in arts:
                y -= 1
            return y < 0 or toks[y].fold not in _CONCLUDED_OF
        if j >= 0 and any(agreement_at(x) and head(x) for x in range(max(0, j - 5), j + 1)
                          if not set(self.text[toks[x].end:toks[k].start]) & {",", ";", ":"}
                          and not any(x < b <= k for b in bounds)):
            return False
        return not any(agreement_at(x) for x in range(k + 1, min(k + 8, len(toks)))
                       if not any(k < b <= x for b in bounds))

    def _state_ratification_told_twice(self, s: Sentence, cands: list[_Candidate],
                                       out: list[FoundEvent]) -> list[FoundEvent]:
        """A state's ratification and the act of its leader or body that made it, told in
        one sentence ("North Korea has ratified the treaty with Russia, with Kim Jong Un
        signing a decree on Monday", "La Corea del Nord ha completato la ratifica ...: Kim
        Jong Un ha firmato il decreto che lo ratifica", "Russia completed its ratification
        on Saturday, when Putin signed the law") are one ratification: its ratifier the
        leader or body, its parties both's (as 118 and 216 read it; session 15). The
        state's is the one with no ratifier whose subject, the last state named before its
        trigger, is the state of a ratifier of the sentence."""
        rats = [e for e in out if e.type == EventType.RATIFICATION]
        if len(rats) < 2:
            return out
        drop = []
        for e in rats:
            if _ratifiers(e):
                continue
            subj = next((c.actor for c in reversed(cands) if c.end <= e.trigger[0]
                         and _kind(self, c.actor) == "state"
                         and self._paren_of(c.start) is None), None)
            if subj is None:
                continue
            by = next((o for o in rats if o is not e and any(
                self._home_state(a) == subj for a in _ratifiers(o))
                and _dates_agree(e.date, o.date)), None)
            if by is None:
                continue
            by.participants += [(a, r) for a, r in e.participants
                                if r == "party" and (a, r) not in by.participants]
            drop.append(e)
        return [e for e in out if not any(e is d for d in drop)]

    def _signers_of_background(self, s: Sentence, cands: list[_Candidate],
                               out: list[FoundEvent]) -> list[FoundEvent]:
        """Who signs the treaty in a clause of its own ("the treaty with North Korea, which
        Putin and Kim signed in Pyongyang in June", "firmato a giugno da Putin e Kim", "que
        Poutine et Kim avaient signé en juin") signs it there: the verb of that signing is
        no ratification when no law or decree is named (a law signed would be), and a
        ratification whose every ratifier is named only inside a participle or relative
        clause of a signing, its trigger outside it, is none (session 15)."""
        signings = [e for e in out if e.type == EventType.SIGNING]
        if not signings:
            return out
        signed = {e.trigger for e in signings}
        clauses = [e.clause for e in signings if e.clause]
        keep = []
        for e in out:
            who = _ratifiers(e)
            k = s.token_at(e.trigger[0])
            if e.type == EventType.RATIFICATION and e.trigger in signed and not any(
                    r.type == EventType.RATIFICATION and (not r.needs or s.has(r.needs))
                    and (s.tokens[k].fold in r.words.words or s.tokens[k].lemma in r.words.words)
                    for r in self.r.events):
                continue
            if e.type == EventType.RATIFICATION and who and clauses and all(
                    not a <= e.trigger[0] < b for a, b in clauses) and all(
                    (at := [c.start for c in cands if c.actor == r])
                    and all(any(a <= x < b for a, b in clauses) for x in at) for r in who):
                continue
            keep.append(e)
        return keep

    def _pending_milestone(self, s: Sentence, i: int) -> bool:
        """The milestone at token i is a step still needed or missing, or the purpose one is
        needed for: a word of ``pending`` before it (or the phrase holding it) in its clause
        ("The treaty still has to be endorsed by the Federation Council", "still needs the
        approval of the upper house before Putin can sign it into law", "Per l'entrata in
        vigore mancano la firma della legge e la ratifica nordcoreana", "Il ne manque plus
        que la signature de Poutine", "Pour entrer en vigueur, le traité doit encore être
        ratifié"). A verb told in a past tense is done whatever was needed ("The Duma, which
        must approve every treaty, ratified it")."""
        toks = s.tokens
        k = i - 1
        while k >= 0 and (_is_adverb(toks[k]) or toks[k].fold in _ADVERBS):
            k -= 1
        before = toks[k].fold if k >= 0 else ""
        if before in _PENDING_DONE or before == "a" and self.b.language == "fr":
            return False
        if self.b.language == "en" and toks[i].fold.endswith("ed") and before not in (
                "be", "been", "being", "to", "get", "gets", "got"):
            return False
        # a clause opened by "before", "prima", "avant" is still the needed one's ("still
        # needs the approval of the Council before Putin can sign it into law")
        # nor is a noun joined to the one needed ("mancano la firma della legge e la
        # ratifica nordcoreana": "e la ratifica" read as "and ratifies it")
        arts = _ARTICLE_WORDS | self.r.articles
        bounds = [b for b in self._clause_bounds(s)
                  if toks[b].fold not in ("before", "prima", "avant") and not (
                      toks[b].fold in _AND and b < i <= b + 2
                      and all(toks[k].fold in arts for k in range(b + 1, i)))]
        noun = i > 0 and (toks[i - 1].fold in arts | _DEFINITE_CONTRACTED
                          or self.b.language == "en" and toks[i - 1].fold == "s")
        for p in s.hits(self.r.pending):
            if noun and i < p <= i + 6 and not any(i < b <= p for b in self._clause_bounds(s)) \
                    and not set(self.text[toks[i].end:toks[p].start]) & {";", ":", ","}:
                # "only Pyongyang's ratification is now missing", "la ratifica nordcoreana
                # resta in attesa"
                return True
            if p > i or i - p > _PENDING_REACH or any(p < b <= i for b in bounds):
                continue
            if p < i and set(self.text[toks[p].end:toks[i].start]) & {";", ":"}:
                continue
            commas = [k for k in range(p + 1, i + 1)
                      if "," in self.text[toks[k - 1].end:toks[k].start]]
            if commas and (any(toks[k].fold in _AND for k in commas) or any(
                    toks[r].fold in self.r.relatives and "," not in self.text[
                        toks[r].end:toks[p].start] for r in range(max(0, p - 6), p))):
                # "Moscow says the treaty requires ..., and it took effect on Dec. 4", "The
                # treaty, which Seoul says must be scrapped, took effect": the need is
                # another clause's
                continue
            return True
        return False

    def _hedged_noun(self, s: Sentence, i: int) -> bool:
        """The trigger at token i is a noun after its article whose predicate, later in
        its clause, is one of possibility or expectation ("A visit by Kim Jong Un to Moscow
        is possible", "la visita è prevista", "la ratifica nordcoreana, attesa nei prossimi
        giorni", "une visite est probable"): not (yet) an event."""
        toks = s.tokens
        # (a possessive too: "Pyongyang's ratification is still pending")
        if i < 1 or toks[i - 1].fold not in _ARTICLE_WORDS | self.r.articles | _INDEFINITE \
                and not (self.b.language == "en" and toks[i - 1].fold == "s"):
            return False
        bounds = self._clause_bounds(s)
        for j in s.hits(self.r.future):
            if not i < j <= i + 10 or any(i < b <= j for b in bounds) or \
                    ";" in self.text[toks[i].end:toks[j].start]:
                continue
            # "is still pending", "è ancora in attesa", "est toujours en attente"
            k = j - 1
            while k > i + 1 and toks[k].fold in _NOT_OVER:
                k -= 1
            before = self.text[toks[k].end:toks[k + 1].start]
            # (in reported speech a past copula: "said a visit was being prepared")
            if toks[k].text.lower() in _COPULAS | _PAST_COPULAS or "," in before:
                return True
        return False

    def _supposed_noun(self, s: Sentence, i: int) -> bool:
        """The trigger at token i is a noun of a fact only supposed (statements round of
        session 15): after an adjective of possibility ("a possible deployment", "un
        eventuale dispiegamento", "un éventuel envoi", "potential arms transfers"), or after
        a determiner of any one ("any", "ogni", "qualsiasi", "tout", "toute") whose clause
        goes on in a modal, future or conditional ("any such move would be lawful", "ogni
        trasferimento ... avrebbe gravi conseguenze", "toute livraison serait"). Not "denied
        any delivery": no modal after it."""
        toks = s.tokens
        if not toks[i].text.islower() or toks[i].fold.endswith("ed"):
            return False
        before = [toks[k].fold for k in range(max(0, i - 3), i)]
        if any(w in _SUPPOSING_ADJECTIVES for w in before[-2:]) or (
                i + 1 < len(toks) and toks[i + 1].fold in _SUPPOSING_ADJECTIVES
                and self.b.language != "en"):
            return True
        if not any(w in _ANY_ONE for w in before):
            return False
        bounds = self._clause_bounds(s)
        ends = tuple(self.r.future_endings) + tuple(self.r.conditional_endings or ())
        for j in range(i + 1, min(len(toks), i + 12)):
            if any(i < b <= j for b in bounds) or toks[j].fold in self.r.clause_breaks:
                return False
            t = toks[j]
            if t.fold in _MODALS or ends and t.text.islower() and len(t.text) > 5 \
                    and t.fold.endswith(ends):
                return True
        return False

    def _agreement_relative(self, s: Sentence, trig: int) -> bool:
        """The trigger at token ``trig`` is in a relative clause whose head is the agreement
        ("the treaty, which took effect", "the pact that was signed", "il trattato, che è
        entrato in vigore", "le traité, qui est entré en vigueur")."""
        toks = s.tokens
        rels = self.r.relatives | {"that", "qu"}
        for k in range(trig - 1, max(0, trig - 5), -1):
            if toks[k].fold in rels:
                # the head, past the names of its parties ("the treaty between Russia and
                # North Korea, which took effect")
                h = k - 1
                while h > 0 and k - h < 10 and (
                        (m := self.mentions.at(toks[h].start)) is not None and not m.agreement
                        or toks[h].fold in _BETWEEN | _AND | _COMITATIVE | _GENITIVE
                        | _ARTICLE_WORDS | self.r.articles | _DEFINITE_CONTRACTED):
                    h -= 1
                m = self.mentions.at(toks[h].start)
                return toks[h].fold in self.r.agreement_refs.words or (
                    m is not None and m.agreement)
            if toks[k].fold not in _AUXILIARIES | _PASSIVE_AUX | _ADVERBS | {
                    "was", "were", "has", "have", "had", "been", "is", "e", "est", "a",
                    "stato", "stata", "ete", "already", "gia", "deja"}:
                return False
        return False

    def _agreement_participle(self, s: Sentence, trig: int) -> bool:
        """The trigger at token ``trig`` is a participle right after the agreement's noun
        ("the treaty signed last June", "il trattato firmato a giugno") or after a comma
        closing the agreement's name and its parties ("Il trattato ... tra Russia e Corea
        del Nord, firmato a Pyongyang il 19 giugno, è entrato in vigore")."""
        toks = s.tokens
        refs = self.r.agreement_refs.words
        k = trig - 1
        if toks[trig].fold in _TAKE_EFFECT_VERBS:
            # "The treaty took effect on Wednesday, Lavrov said", "the pact entered into
            # force": an English verb of taking effect has no passive participle, so after
            # the noun it is the main clause's verb (session 14)
            return False
        if toks[trig].fold in _AUXILIARIES | _PASSIVE_AUX | {"is", "est", "are", "sont"} \
                and toks[trig].text.lower() not in ("e", "a", "à"):
            # "Il trattato è in vigore da mercoledì", "le traité est en vigueur depuis": a
            # finite verb after the noun is the main clause's, no participle (session 15)
            return False
        if toks[k].fold in refs:
            return True
        name_words = self.lexicon.agreement_words()
        h = k
        # "le traité de partenariat conclu entre", "the partnership treaty signed by", "il
        # trattato di partenariato strategico firmato": past the words of its name
        while h > 0 and trig - h < 8 and "," not in self.text[toks[h].end:toks[h + 1].start] \
                and (toks[h].fold in _GENITIVE | _ARTICLE_WORDS | self.r.articles
                     | _DEFINITE_CONTRACTED
                     or toks[h].fold[:6] in name_words and toks[h].fold not in refs):
            h -= 1
        if h < k and toks[h].fold in refs and \
                any(toks[x].fold[:6] in name_words for x in range(h + 1, trig)):
            return True
        if "," not in self.text[toks[k].end:toks[trig].start] or \
                toks[trig].fold.endswith(_GERUNDS):
            return False
        h = k
        # (past the names of its parties and the words of its name: "trattato di partenariato
        # strategico globale tra Russia e Corea del Nord")
        while h > 0 and trig - h < 16 and (
                (m := self.mentions.at(toks[h].start)) is not None and not m.agreement
                or toks[h].fold in _BETWEEN | _AND | _COMITATIVE | _GENITIVE
                | _ARTICLE_WORDS | self.r.articles | _DEFINITE_CONTRACTED
                or toks[h].fold[:6] in name_words and toks[h].fold not in refs):
            h -= 1
        m = self.mentions.at(toks[h].start)
        return toks[h].fold in refs or (m is not None and m.agreement)

    def _presence_visits(self, s: Sentence, cands: list[_Candidate],
                         out: list[FoundEvent]) -> list[FoundEvent]:
        """A person told to be in a state's capital or in a state other than his own, as
        the subject of "be" ("Lavrov was in Pyongyang on Friday", "No Kwang Chol has been
        in Moscow since Monday", "Choe si trova a Mosca", "Choïgou était à Pyongyang"): a
        visit. Not one to come or negated ("will be in", "non è a"), nor "in talks", "in
        contact" (no place right after the preposition)."""
        toks = s.tokens
        be = _PRESENT_AT.get(self.b.language)
        if not be:
            return []
        told = {(e.type, frozenset(e.participants)) for e in out}
        found: list[FoundEvent] = []
        for c in cands:
            delegation = _kind(self, c.actor) == "group" and any(
                w in _DELEGATION_NOUNS for w in c.actor.split("-"))
            if _kind(self, c.actor) != "person" and not delegation or \
                    (c.start, c.end) in self._asserter_spans:
                continue
            j = s.token_at(c.end - 1) + 1
            if delegation and j < len(toks) and toks[j].fold in _LED_BY:
                # "a delegation led by Defence Minister No Kwang Chol has been in Moscow":
                # past its leader's name (GUIDELINES, session 15: the delegation alone)
                leader = next((m for m in self.mentions.within(toks[j].end, s.end)
                               if _kind(self, m.target) == "person"), None)
                if leader is None or s.token_at(leader.start) - j > 8:
                    continue
                j = s.token_at(leader.end - 1) + 1
            k = j
            while k < len(toks) and k - j < 3 and toks[k].text.lower() not in be[0] and (
                    toks[k].fold in _AUXILIARIES | _ADVERBS | _CLITICS
                    or toks[k].fold in {"has", "have", "had", "now", "currently", "still",
                                        "already", "si", "se", "s"}):
                k += 1
            if k >= len(toks) or toks[k].text.lower() not in be[0] or \
                    self.text[toks[j - 1].end:toks[k].start].count(",") or \
                    any(toks[x].fold in self.r.negation.words | _WILL
                        for x in range(j, k)):
                continue
            p = k + 1
            while p < len(toks) and toks[p].fold in _ADVERBS | {"now", "currently", "still",
                                                                 "already", "ancora", "gia",
                                                                 "encore", "deja"}:
                p += 1
            if p + 1 >= len(toks) or toks[p].text.lower() not in be[1]:
                continue
            m = self.mentions.at(toks[p + 1].start)
            if m is None and p + 2 < len(toks) and toks[p + 1].fold in _ARTICLE_WORDS:
                m = self.mentions.at(toks[p + 2].start)
            if m is None or m.agreement or not (m.kind == "capital"
                                                or _kind(self, m.target) == "state"):
                continue
            host = self._state_of(m.target) or m.target
            if host == self._state_of(c.actor) or m.start < self.dateline_end:
                continue
            parts = [(c.actor, "visitor"), (host, "host")]
            if (EventType.VISIT, frozenset(parts)) in told:
                continue
            found.append(FoundEvent(EventType.VISIT, parts, (s.start, s.end),
                                    (toks[k].start, toks[k].end)))
        return found

    def _weapons_from(self, s: Sentence, cands: list[_Candidate],
                      out: list[FoundEvent]) -> list[FoundEvent]:
        """Supplies told by the weapons' origin: weapons "from", "provenienti da", "en
        provenance de" a state sent in the passive to another ("Artillery shells from North
        Korea were shipped to Russia", "Des obus en provenance de Corée du Nord ont été
        livrés à la Russie"), or weapons used by a state's forces that come from another
        ("The shells fired by Russian forces come from North Korea", "i proiettili usati
        dalle forze russe provengono dalla Corea del Nord", "les obus tirés par l'armée russe
        proviennent de Corée du Nord"). Not negated, planned or possible."""
        r = self.r
        rule = next((x for x in r.events if x.type == EventType.SUPPLY and x.needs), None)
        if rule is None:
            return []
        toks = s.tokens
        weapons = s.hits(rule.needs)
        if not weapons:
            return []
        states = [(s.token_at(c.start), c) for c in cands
                  if _kind(self, c.actor) == "state" and c.kind not in ("source", "pair")
                  and (c.start, c.end) not in self._asserter_spans]
        bounds = self._clause_bounds(s)
        sends = {i for x in r.events if x.type == EventType.SUPPLY for i in s.hits(x.words)
                 if toks[i].text.islower()}

        def broken(a: int, b: int) -> bool:
            return any(a < k <= b for k in bounds) or any(
                set(self.text[toks[k - 1].end:toks[k].start]) & {",", ";", ":"}
                for k in range(a + 1, b + 1))

        def state_after(k: int, reach: int = 3) -> _Candidate | None:
            # the state named right after token k (articles between)
            return next((c for a, c in states if k < a <= k + reach and not broken(k, a)
                         and all(toks[j].fold in _ARTICLE_WORDS | r.articles | r.origin_words
                                 or toks[j].fold == "en" and toks[j + 1].fold in r.origin_words
                                 for j in range(k + 1, a))), None)

        def ruled_out(v: int) -> bool:
            lo = max(0, v - 6)
            return any(lo <= k < v for k in s.hits(r.negation) + s.hits(r.intent)
                       + s.hits(r.future) + s.hits(r.conditional)) or self._future_tense(s, v)

        found: list[FoundEvent] = []
        for w in weapons:
            supplier: _Candidate | None = None
            recipient: _Candidate | None = None
            verb: int | None = None
            # the origin right after the weapons ("shells from North Korea", "obus en
            # provenance de Corée du Nord", "missili provenienti dalla Corea del Nord")
            if w + 1 < len(toks) and (toks[w + 1].fold in r.origin_words | {"from"} or (
                    w + 2 < len(toks) and toks[w + 1].fold == "en"
                    and toks[w + 2].fold in r.origin_words)):
                origin = state_after(w, 4)
                if origin is not None:
                    end = s.token_at(origin.end - 1)
                    v = next((k for k in range(end + 1, min(len(toks), end + 5))
                              if k in sends), None)
                    if v is not None and not broken(end, v) and toks[v - 1].fold in \
                            _AUXILIARIES | _PAST_AUX_EN | {"stati", "state", "ete", "sono"}:
                        dest = next((c for a, c in states if v < a <= v + 5
                                     and not broken(v, a) and any(
                                         toks[j].fold in r.to_patient for j in range(v + 1, a))),
                                    None)
                        if dest is not None:
                            supplier, recipient, verb = origin, dest, v
            if verb is None:
                # the weapons, then whose forces use them, then where they come from
                v = next((k for k in range(w + 1, min(len(toks), w + 12))
                          if toks[k].fold in _COME_FROM), None)
                if v is None or any(w < b <= v for b in bounds):
                    continue
                j = v + 1
                while j < len(toks) and toks[j].fold in _MOSTLY:
                    j += 1
                if j >= len(toks) or toks[j].fold not in _ORIGIN_PREP:
                    continue
                origin = state_after(j - 1 if toks[j].fold in r.origin_words else j, 4)
                by = next((k for k in range(w + 1, v) if toks[k].fold in _BY_AGENT), None)
                user = None if by is None else next(
                    (c for a, c in states if by < a < v and a - by <= 4), None)
                if by is None:
                    # "the shells Russia fires in Ukraine come from North Korea": the user
                    # named right after the weapons, as the subject of a verb of use
                    uses_at = set(s.hits(r.weapon_use))
                    user = next((c for a, c in states if w < a <= w + 3
                                 and s.token_at(c.end - 1) + 1 in uses_at), None)
                if origin is None or user is None:
                    continue
                supplier, recipient, verb = origin, user, v
            if supplier is None or recipient is None or verb is None or \
                    supplier.actor == recipient.actor or ruled_out(verb):
                continue
            ev = FoundEvent(EventType.SUPPLY, [(supplier.actor, "supplier"),
                                               (recipient.actor, "recipient")],
                            (s.start, s.end), (toks[verb].start, toks[verb].end),
                            objects={toks[w].lemma})
            if any(e.type == EventType.SUPPLY and set(e.participants) == set(ev.participants)
                   for e in out + found):
                continue
            self._live_hits.add(verb)
            found.append(ev)
        return found

    def _weapons_moved(self, s: Sentence, cands: list[_Candidate],
                       out: list[FoundEvent]) -> list[FoundEvent]:
        """Supplies told by weapons of one state used, fired or carried across a border by
        or into another ("North Korean-made KN-23 missiles have been launched by Russian
        forces", "Russia has fired North Korean missiles", "i missili nordcoreani usati
        dall'esercito russo", "des trains de munitions nord-coréennes franchissent la
        frontière russe", "containers of North Korean shells crossed the border into
        Russia"): the weapons' state (an adjective or "made", "from", "di fabbricazione",
        "en provenance de" next to the weapon's noun) supplies, the user or the state the
        border leads to receives. Not a fact negated, planned or possible in its clause, nor
        a weapon the verb aims at ("fired at Ukrainian artillery")."""
        r = self.r
        rule = next((x for x in r.events if x.type == EventType.SUPPLY and x.needs), None)
        if rule is None or not (r.weapon_use or r.crossing):
            return []
        toks = s.tokens
        weapons = s.hits(rule.needs)
        if not weapons:
            return []
        states = [(s.token_at(c.start), s.token_at(c.end - 1), c) for c in cands
                  if _kind(self, c.actor) == "state" and c.kind not in ("source", "pair")
                  and (c.start, c.end) not in self._asserter_spans]
        bounds = self._clause_bounds(s)
        uses = s.hits(r.weapon_use)
        crossings = s.hits(r.crossing)
        verbs = set(uses) | set(crossings) | {
            i for x in r.events if x.type == EventType.SUPPLY for i in s.hits(x.words)}
        found: list[FoundEvent] = []
        seen: set[tuple[str, str, str]] = set()

        def broken(a: int, b: int) -> bool:  # a clause bound or a comma between tokens
            return any(a < k <= b for k in bounds) or any(
                set(self.text[toks[k - 1].end:toks[k].start]) & {",", ";", ":"}
                for k in range(a + 1, b + 1))

        def origin(w: int) -> _Candidate | None:
            """The state a weapon at token ``w`` comes from: an adjective or a name right
            before it ("North Korean(-made KN-23) missiles") or after it with words of
            origin between ("missiles from North Korea", "missili nordcoreani", "obus de
            fabrication nord-coréenne")."""
            for a, b, c in states:
                if b < w and w - b <= 4 and not broken(b, w) and all(
                        toks[k].fold in r.origin_words or not toks[k].text.islower()
                        or toks[k].text.isdigit() or len(toks[k].fold) > 3
                        and toks[k].fold not in r.to_patient | r.to_agent | _AGAINST
                        # (not the verb of use between: "L'esercito russo utilizza
                        # proiettili nordcoreani", whose user is no origin)
                        and k not in verbs
                        for k in range(b + 1, w)):
                    return c
                # (one word of kind may stand between: "missili balistici di
                # fabbricazione nordcoreana"; not a verb: "missiles fired by Russia")
                if a > w and a - w <= 5 and not broken(w, a) and all(
                        toks[k].fold in r.origin_words | _ARTICLE_WORDS
                        or toks[k].text[:1].isupper() or toks[k].text.isdigit()
                        or k == w + 1 and len(toks[k].fold) > 3
                        and k not in verbs and toks[k].fold not in r.to_patient | r.to_agent
                        for k in range(w + 1, a)):
                    return c
            return None

        def ruled_out(v: int) -> bool:
            lo = max(0, v - 6)
            return any(lo <= k < v for k in s.hits(r.negation) + s.hits(r.intent)
                       + s.hits(r.future) + s.hits(r.conditional)) or self._future_tense(s, v)

        for v in sorted(set(uses) | set(crossings)):
            if ruled_out(v) or s.quoted(toks[v].start) and not s.in_quotation(toks[v].start):
                continue
            crossing = v in crossings and v not in uses
            for w in weapons:
                o = origin(w)
                if o is None or self.b.language == "en" and w + 1 < len(toks) and \
                        w + 1 != v and toks[w + 1].text.isalpha() and \
                        toks[w + 1].text.islower() and len(toks[w + 1].fold) > 2 and \
                        toks[w + 1].fold not in _AUXILIARIES | _BY_AGENT | r.to_patient \
                        | r.origin_words | _ADVERBS | _PAST_AUX_EN and w + 1 not in verbs:
                    # ("North Korean missile experts arrived in Moscow": the weapon's noun
                    # names what the experts know, no weapon moved)
                    continue
                dest: _Candidate | None = None
                if w < v and v - w <= 8 and not broken(w, v):
                    # the weapons are the subject: "were launched by Russian forces",
                    # "hanno attraversato il confine con la Russia"
                    if crossing:
                        border = next((k for k in range(v + 1, min(len(toks), v + 6))
                                       if toks[k].fold in r.borders), None)
                        if border is None or broken(v, border):
                            continue
                        dest = next((c for a, _, c in states if border <= a <= border + 4
                                     and not broken(border, a) and c.actor != o.actor), None)
                    else:
                        by = next((k for k in range(v + 1, min(len(toks), v + 3))
                                   if toks[k].fold in _BY_AGENT), None)
                        if by is None:
                            continue
                        dest = next((c for a, _, c in states if by < a <= by + 4
                                     and not broken(by, a)), None)
                elif w > v and w - v <= 6 and not crossing and not any(
                        toks[k].fold in r.to_patient | _AGAINST | _AT_WORDS | _BY_AGENT
                        for k in range(v + 1, w)):
                    # the weapons are the object: "Russia has fired North Korean missiles";
                    # of a noun, its agent after them ("the use of North Korean missiles by
                    # Russia") or its possessor ("Russia's use of")
                    by = next((k for k in range(w + 1, min(len(toks), w + 4))
                               if toks[k].fold in _BY_AGENT and not broken(w, k)), None)
                    if by is not None and by + 2 < len(toks) and toks[by + 1].fold == "parte":
                        by += 2  # "da parte della Russia"
                    noun = v > 0 and (toks[v - 1].fold in self.r.articles | _ARTICLE_WORDS
                                      | _DETERMINERS)
                    if by is not None:
                        dest = next((c for a, _, c in states if by < a <= by + 4
                                     and not broken(by, a)), None)
                    elif not noun:
                        dest = next((c for a, b, c in reversed(states) if b < v
                                     and v - b <= 6 and not broken(b, v)), None)
                if dest is None or dest.actor == o.actor:
                    continue
                key = (o.actor, dest.actor, toks[w].lemma)
                if key in seen:
                    continue
                seen.add(key)
                self._live_hits.add(v)
                found.append(FoundEvent(EventType.SUPPLY, [(o.actor, "supplier"),
                                                          (dest.actor, "recipient")],
                                        (s.start, s.end), (toks[v].start, toks[v].end),
                                        objects={toks[w].lemma}))
        # the same supply drafted from the sentence's own words is told once
        told = {(frozenset(e.participants), frozenset(e.objects)) for e in out
                if e.type == EventType.SUPPLY}
        return [e for e in found if (frozenset(e.participants), frozenset(e.objects)) not in told
                and not any(frozenset(e.participants) == p for p, _ in told)]

    def _sending_verbs(self, s: Sentence) -> list[int]:
        """Tokens of the sentence that send or move troops (a deployment's word that is no
        troop noun, no word of presence and no word of fighting: "sent", "inviati",
        "envoyés")."""
        return [i for r in self.r.events if r.type == EventType.DEPLOYMENT
                for i in s.hits(r.words)
                if s.tokens[i].fold not in r.needs.words | _FIGHT | _PRESENCE
                and s.tokens[i].lemma not in r.needs.words | _FIGHT | _PRESENCE]

    def _owner_of_needed(self, s: Sentence, rule: EventRule, trig: int, ci: int) -> bool:
        """The name at token ``ci`` owns the phrase the rule needs told right before it
        ("the war effort of Russia", "l'effort de guerre de la Russie", "l'effort de guerre
        russe", "lo sforzo bellico della Russia"): after a genitive, or the state's adjective
        right after the phrase."""
        toks = s.tokens
        if not rule.needs.phrases:
            return False
        j = ci - 1
        while j > trig and toks[j].fold in _GENITIVE | _ARTICLE_WORDS | self.r.articles \
                | _DEFINITE_CONTRACTED:
            j -= 1
        if j == ci - 1 and not toks[ci].text[:1].islower():
            return False  # neither after a genitive nor the phrase's adjective
        # the phrase ends at token j
        return any(" ".join(t.fold for t in toks[j - len(p.split()) + 1:j + 1]) == p
                   for p in rule.needs.phrases if j - len(p.split()) + 1 > trig)

    def _fighting(self, s: Sentence, trig: int) -> bool:
        """The help told at token ``trig`` is troops' fighting or their place at a front
        ("fighting alongside", "combattono sul fronte russo", "au combat")."""
        # ("joined Russian units in combat", "ont rejoint les unités russes au combat": the
        # army joined between, up to six words, in the clause)
        # ("la partecipazione dei soldati nordcoreani alla liberazione di Kursk", "the
        # participation of North Korean troops in the fighting": the troops named between
        # the noun of taking part and the fighting, session 16)
        partake_noun = s.tokens[trig].fold in _PARTAKE_NOUNS
        return any((t.fold in _FIGHT or t.lemma in _FIGHT) and (
            k < trig + 4 or (s.tokens[trig].fold in _JOINED and t.fold not in _FRONT_WORDS
                             or partake_noun)
            and not set(self.text[s.tokens[trig].end:t.start]) & {",", ";"})
                   for k, t in enumerate(s.tokens[trig:min(trig + (9 if partake_noun else 7),
                                                           len(s.tokens))], trig)) or any(
            # ("engagées dans des assauts aux côtés des", "in assaults alongside": the
            # fighting's noun right before the word of beside)
            t.fold in _FIGHT and not t.text[:1].isupper()
            for t in s.tokens[max(0, trig - 3):trig]
            if not set(self.text[t.end:s.tokens[trig].start]) & {",", ";"})

    def _army_helped(self, s: Sentence, trig: int, providers: list[str]) -> str | None:
        """The state whose army troops fight beside, with or for, or at whose front, in the
        clause of the fighting at token ``trig`` ("alongside Russian forces", "for the
        Russian army", "aux côtés de l'armée russe", "sul fronte russo", "at Russia's
        front"): named within a few words of such a word; not after "against"."""
        toks = s.tokens
        end = min(len(toks), trig + 16)
        for k in range(trig + 1, end):
            if k in self._clause_bounds(s) or \
                    set(self.text[toks[k - 1].end:toks[k].start]) & {",", ";"}:
                end = k
                break
        for k in range(max(0, trig - 1), end):
            f = toks[k].fold
            if f in _AGAINST:
                return None
            if f not in _BESIDE and f not in _FRONT_WORDS and f not in _LIBERATE \
                    and f not in _HELP_OBJECT:
                continue
            if f in _ARMY_WORDS and self._object_of_fighting(s, k):
                return None  # "fought the Ukrainian army", "combattre l'armée ukrainienne"
            lo = k - 2 if f in _FRONT_WORDS else k + 1
            # (the freed place's state a little further: "a respingere l'incursione ucraina
            # nella regione russa di Kursk")
            hi = min(k + (9 if f in _LIBERATE else 6), end)
            if f in _HELP_OBJECT:
                # "helped Russian troops retake the Kursk region": whom they help is the
                # object, before the act they help with ("helped repel a Ukrainian
                # incursion" names nobody helped)
                hi = next((x for x in range(k + 1, hi) if toks[x].fold in _FIGHT
                           or toks[x].fold in _LIBERATE or toks[x].fold in _TO_DO), hi)
                if hi <= k + 1:
                    continue
            for m in self._mentions_in(toks[max(0, lo)].start, toks[hi - 1].end):
                j = s.token_at(m.start)
                # (a name after the word of beside is whom they fight beside, even when
                # read as a doer: "dalla parte della Russia", whose "dalla" is no "by")
                if f in _FRONT_WORDS and j > k and (
                        j - k > 4 or toks[j - 1].fold in _FRONT_FROM_WORDS):
                    continue  # "al fronte proverrebbe dalla Corea del Nord": whence, no front
                if f in _LIBERATE and m.kind == "demonym" and not (
                        j > 0 and toks[j - 1].fold in _REGIONS):
                    continue  # "repel a Ukrainian incursion": the attacker's adjective
                if m.agreement or m.target in providers and (
                        m.start < toks[k].start or len(providers) < 2) or \
                        _kind(self, m.target) != "state" or \
                        any(toks[x].fold in _AGAINST for x in range(min(j, k), max(j, k))):
                    continue
                return m.target
        return None

    def _object_of_fighting(self, s: Sentence, k: int) -> bool:
        """The army at token ``k`` is the direct object of a verb of fighting just before it
        ("fought the Ukrainian army", "combattre l'armée ukrainienne", "combattere
        l'esercito ucraino"): whom they fight, not whom they fight for."""
        toks = s.tokens
        for j in range(k - 1, max(-1, k - 5), -1):
            t = toks[j]
            if t.fold in _FIGHT or t.lemma in _FIGHT:
                return t.fold not in _FRONT_WORDS and t.fold not in ("ranks", "rangs", "file",
                                                                     "ranghi")
            m = self.mentions.at(t.start)
            if t.fold not in _ARTICLE_WORDS | self.r.articles and (
                    m is None or m.kind != "demonym"):
                return False
        return False

    def _place_after(self, s: Sentence, k: int) -> bool:
        """A preposition of place right after token ``k`` (adverbs skipped: "are now in",
        "sono ancora nella", "sont désormais dans")."""
        toks = s.tokens
        j = k + 1
        while j < len(toks) and (toks[j].fold in _ADVERBS or toks[j].fold in _STILL):
            j += 1
        return j < len(toks) and toks[j].fold in _IN_PLACE

    def _reported_relative(self, s: Sentence, rule: EventRule, hits: list[int]) -> bool:
        """The fact is told by a verb in a relative clause after its noun, with a source of
        its own ("discussed the North Korean soldiers that Seoul says have been sent to
        Russia", "les soldats que Séoul dit envoyés"): the main clause's word of talk, plan
        or wish is about the noun, the relative clause tells the fact as its source's."""
        toks = s.tokens
        rel_words = self.r.relatives | self.r.object_relatives | {"that"}
        later = sorted(set(hits[1:]) | {k for k in s.hits(rule.words)
                                        if hits[0] < k <= hits[0] + 14})
        for k in later:
            if toks[k].fold in rule.needs.words or toks[k].lemma in rule.needs.words:
                continue  # a noun, no verb telling the fact
            r = next((j for j in range(hits[0] + 1, k) if toks[j].fold in rel_words), None)
            if r is not None and any(c in self.report_tokens for c in range(r + 1, k)):
                return True
            # ("ai soldati nordcoreani che, secondo l'intelligence sudcoreana, sarebbero
            # stati inviati", "aux soldats qui, selon Séoul, auraient été envoyés", "the
            # soldiers who, according to Seoul, have been sent": a source of its own after
            # the relative, or a conditional of hearsay, session 16)
            if r is not None and k - r <= 12 and (
                    any(j in s.hits(self.r.according_to) for j in range(r + 1, k))
                    or any(toks[j].fold in _HEARSAY_AUX for j in range(r + 1, k))
                    # ("that Washington and Seoul say have been sent")
                    or any(toks[j].text.islower() and (toks[j].fold in self.r.report.words
                                                       or toks[j].lemma in self.r.report.words)
                           and self.mentions.at(toks[j - 1].start) is not None
                           for j in range(r + 2, k))):
                return True
        return False

    def _user_in_relative(self, s: Sentence, rule: EventRule, trig: int, ev: FoundEvent,
                          cands: list[_Candidate]) -> None:
        """Weapons supplied with no recipient named, whose user is the subject of an object
        relative clause right after them ("supplied about a hundred ballistic missiles,
        which Moscow fired at Ukrainian cities", "fourni une centaine de missiles, que
        Moscou a tirés", "ha fornito missili che la Russia ha lanciato"): who used them
        received them (GUIDELINES, transfers round)."""
        toks = s.tokens
        rel_words = self.r.object_relatives | {"which", "that", "che", "que", "qu"}
        uses = set(s.hits(self.r.weapon_use))
        suppliers = {a for a, r in ev.participants if r == "supplier"}
        for k in range(trig + 1, min(len(toks), trig + 12)):
            if toks[k].fold not in rel_words:
                continue
            if not any(toks[j].fold in rule.needs.words or toks[j].lemma in rule.needs.words
                       for j in range(max(trig + 1, k - 4), k)):
                return  # the relative is not of the goods
            user = next((c for c in cands if k < s.token_at(c.start) <= k + 3
                         and _kind(self, c.actor) == "state" and c.actor not in suppliers),
                        None)
            if user is None:
                return
            end = s.token_at(user.end - 1)
            if any(j in uses and not (j + 1 < len(toks) and toks[j + 1].fold == "down")
                   for j in range(end + 1, min(len(toks), end + 4))):
                # (not "which Ukraine shot down": who intercepts received nothing)
                ev.participants.append((user.actor, "recipient"))
                ev.partial = False
            return

    def _troops_used(self, s: Sentence, rule: EventRule, trig: int, ev: FoundEvent,
                     cands: list[_Candidate]) -> None:
        """Another state's troops used by a state ("Russia is using North Korean soldiers
        in Kursk", "ha accusato Mosca di usare i soldati nordcoreani come carne da cannone",
        "la Russie utilise des soldats nord-coréens"): the troops' state (its adjective or
        name beside the troops' noun, after the verb) helps the user (the nearest state
        named before the verb), as weapons used were supplied."""
        toks = s.tokens
        troops = next((k for k in range(trig + 1, min(len(toks), trig + 6))
                       if toks[k].fold in rule.needs.words or toks[k].lemma in rule.needs.words),
                      None)
        ev.participants = []
        if troops is None:
            return
        states = [c for c in cands if _kind(self, c.actor) == "state"
                  and (c.start, c.end) not in self._asserter_spans]
        provider = next((c for c in states if 0 < abs(s.token_at(c.start) - troops) <= 3
                         and s.token_at(c.start) > trig), None)
        user = next((c for c in reversed(states) if c.end <= toks[trig].start
                     and not any(b in self._clause_bounds(s)
                                 for b in range(s.token_at(c.end - 1) + 1, trig + 1))), None)
        if provider is None or user is None or provider.actor == user.actor:
            return
        ev.participants = [(provider.actor, "provider"), (user.actor, "recipient")]
        ev.used_by_recipient = True

    def _troops_referred(self, s: Sentence, rule: EventRule, h: int) -> bool:
        """The fighting at token ``h`` is told of troops named before in the sentence and
        pointed back to at the start of its own clause ("Pyongyang has sent 10,000 soldiers
        to Russia, some of whom have been engaged in combat", "and committed them to the
        fighting", "e alcuni avrebbero già preso parte ai combattimenti", "où ils ont aidé à
        repousser", "affirmant que ses soldats avaient contribué à la libération"): the help
        of those troops (GUIDELINES, session 12: "soldiers sent to Russia began fighting" is
        two events)."""
        toks = s.tokens
        if not self._fighting(s, h):
            return False
        troops = [k for k in s.hits(rule.needs) if k < h]
        if not troops:
            return False
        # the clause of the fighting: from the comma, "and" or clause bound before it
        lo = max([b for b in self._clause_bounds(s) if b <= h] + [
            k for k in range(1, h + 1) if "," in self.text[toks[k - 1].end:toks[k].start]
            or toks[k].fold in _AND] + [0])
        if lo <= troops[-1]:
            return False  # the troops are named in the clause itself: the usual reading
        return any(toks[k].fold in _TROOPS_BACK or toks[k].text.lower() in _WHERE
                   for k in range(lo, h))

    def _troops_present(self, s: Sentence, rule: EventRule) -> list[int]:
        """Tokens of a troop noun that is also an adjective or another word ("militari",
        "militaires", "units") used as a noun (after an article, a determiner, a number or a
        word of quantity) and told present somewhere by a verb of presence within four words
        ("Almeno 8.000 militari nordcoreani sono già nella regione di Kursk", "les unités
        nord-coréennes se trouvent en Russie"): a deployment's trigger, as "soldiers" is."""
        toks = s.tokens
        out = []
        for k, t in enumerate(toks):
            if t.fold not in _TROOP_NOUNS_AMBIGUOUS or t.fold not in rule.needs.words or not k:
                continue
            b = k - 1
            while b > 0 and (m := self.mentions.at(toks[b].start)) is not None \
                    and m.kind == "demonym":
                b -= 1  # ("the first North Korean units": the adjective before the noun)
            before = toks[b].fold
            if not (before in self.r.articles or before in _ARTICLE_WORDS
                    or before in _DETERMINERS or before in _QUANTITY
                    or before.replace(" ", "").isdigit() or before in _PRIMI):
                continue
            if any(toks[j].fold in _PRESENCE_VERBS
                   and (toks[j].fold not in _BE_FORMS or self._place_after(s, j))
                   for j in range(k + 1, min(len(toks), k + 5))):
                out.append(k)
        return out

    def _present_before_fate(self, s: Sentence, rule: EventRule, hits: list[int]) -> bool:
        """Troops told present somewhere by their own verb ("se trouvent dans la région de
        Koursk", "are stationed in", "si trovano") with their fate told only in a clause
        after it (", où certains ont déjà affronté les forces ukrainiennes", ", where some
        have been killed"): the presence is told, the fate is the clause's."""
        toks = s.tokens
        presence = [k for k, t in enumerate(toks) if t.fold in _PRESENCE_VERBS
                    and t.fold not in _BE_FORMS
                    and any(0 < k - h <= 4 for h in hits)]
        if not presence:
            return False
        # (a clause of the place, "where", "dove", "où", opens after a comma too)
        bounds = self._clause_bounds(s) + [
            k for k in range(1, len(toks)) if toks[k].text.lower() in _WHERE
            and "," in self.text[toks[k - 1].end:toks[k].start]]
        fates = s.hits(rule.bare_not_with)
        return all(any(presence[0] < b <= f for b in bounds) for f in fates)

    def _region_told_before(self, s: Sentence, hits: list[int], ev: FoundEvent) -> None:
        """Troops told sent to or present in "the region" with nothing after it ("quelque
        11 000 soldats nord-coréens se trouvent désormais dans la région", "are now in the
        region", "sono ormai nella regione"): the region told before, where that sender's
        troops went; the same deployment, with the host told then (GUIDELINES: a fact told
        again by a new source is the same event)."""
        toks = s.tokens
        sender = ev.participants[0][0]
        k = next((k for k in range(hits[0] + 1, min(len(toks), hits[0] + 12))
                  if toks[k].fold in _REGIONS), None)
        if k is None or toks[k - 1].fold not in {"the", "la", "nella", "alla", "dans", "in",
                                                 "this", "cette", "questa", "quella"}:
            return
        if k + 1 < len(toks) and (toks[k + 1].fold in _GENITIVE | {"of", "di", "de", "du",
                                                                  "d"}
                                  or toks[k + 1].text[:1].isupper()):
            return  # "the region of Kursk", "la regione di Kursk": named here
        hosts = [b for e in self.result.events if e.type == EventType.DEPLOYMENT
                 and (sender, "sender") in e.participants
                 for b, rb in e.participants if rb == "host"]
        if len(set(hosts)) == 1:
            ev.participants.append((hosts[0], "host"))
            ev.partial = False

    def _press_noun(self, s: Sentence, i: int) -> bool:
        """Token ``i`` is the noun of the press after an article or "de" ("devant la
        presse", "à la presse", "de presse"), not a form of "presser"."""
        return i > 0 and s.tokens[i].fold in ("presse", "presses") and \
            s.tokens[i - 1].fold in ("la", "les", "de", "sa", "leur", "d")

    def _gerund_sayer(self, s: Sentence, trig: int, cands: list[_Candidate]) -> str | None:
        """Who says what a gerund of saying after a comma tells, the trigger at token
        ``trig`` after it in its clause ("Zelensky called for more pressure, saying North
        Korean soldiers were fighting"): the first person, state or body named in the
        sentence before the gerund's comma (not in a quotation or a parenthesis)."""
        toks = s.tokens
        g = max((j for j in self._saying_gerunds(s) if j < trig), default=None)
        if g is None or ";" in self.text[toks[g].end:toks[trig].start] or any(
                g < b <= trig and toks[b].fold not in _COMPLEMENTIZERS
                and not (b == g + 1 and toks[b].fold in _SAYING_GERUNDS)
                for b in self._clause_bounds(s)) or any(g + 1 < c < trig
                                                         for c in self.cue_tokens):
            return None
        if any(c < g for c in self.cue_tokens):
            # ("«...», a déclaré Mme Kallas devant la presse, en affirmant que": the one
            # speaker of the verb of saying before it goes on saying)
            said = {c.actor for c in self.speakers if c.end <= toks[g].start}
            return next(iter(said)) if len(said) == 1 else None
        first = next((c for c in cands if c.start >= max(s.start, self.dateline_end)
                      and c.end <= toks[g].start and c.kind not in ("source", "pronoun")
                      and not s.quoted(c.start) and self._paren_of(c.start) is None), None)
        if first is None or _kind(self, first.actor) not in (
                "person", "state", "organization", "government_body", "alliance"):
            return None
        return first.actor

    def _saying_gerunds(self, s: Sentence) -> list[int]:
        """Tokens of a gerund of saying that opens a clause after a comma ("..., saying",
        "..., adding that", "..., affermando che", "..., en affirmant que", "..., soulignant
        que"; "en", "while", "pur" between)."""
        toks = s.tokens
        out = []
        for k in range(1, len(toks)):
            if toks[k].fold not in _SAYING_GERUNDS:
                continue
            j = k - 1 if toks[k - 1].fold in _GERUND_OPENERS else k
            if j > 0 and "," in self.text[toks[j - 1].end:toks[j].start]:
                out.append(j)
        return out

    def _sent_unplaced(self, s: Sentence, rule: EventRule, trig: int, senders: set[str],
                       out: list[FoundEvent]) -> bool:
        """Troops counted and sent by a verb with no place named at all ("Pyongyang has
        sent about 15,000 men", "avrebbe inviato finora circa 15.000 uomini", "a envoyé
        plus de 10 000 soldats"): the sending has its sender alone (GUIDELINES: a
        participant not named in the sentence is left out), unless a sending of that sender
        was told before (the same fact told again)."""
        toks = s.tokens
        if trig not in self._sending_verbs(s):
            return False
        end = next((b for b in self._clause_bounds(s) if b > trig), len(toks))
        troop = next((k for k in range(trig + 1, min(end, trig + 8))
                      if toks[k].fold in rule.needs.words or toks[k].lemma in rule.needs.words),
                     None)
        if troop is None or not any(
                toks[k].fold[:1].isdigit() or toks[k].fold in _SMALL_NUMBERS
                or toks[k].fold in _QUANTITY for k in range(trig + 1, troop)):
            return False
        if any(toks[k].fold in _REGIONS or toks[k].fold in _REGION_NAMES
               or toks[k].fold in _FRONT_WORDS for k in range(trig + 1, end)):
            return False
        if any(m.target not in senders and not m.agreement
               and (m.start, m.end) not in self._asserter_spans
               for m in self._mentions_in(toks[trig].end, toks[end - 1].end)):
            return False  # a place or another side named after the verb
        return not any(e.type == EventType.DEPLOYMENT and any(
            a in senders for a, r in e.participants if r == "sender")
            for e in [*self.result.events, *out])

    def _sent_to_region(self, s: Sentence, hits: list[int],
                        senders: set[str] | frozenset[str] = frozenset()) -> bool:
        """Troops sent, moved or deployed by a verb (not named by a troop noun alone) to a
        place that is only a region ("deployed to the Kursk region", "inviato nella regione
        di Kursk", "déployés dans la région de Koursk"), or told present there ("the
        presence of North Korean officers in the Kursk region", "se trouvent dans la région
        de Koursk", "sono di stanza nella regione di Kursk", "are stationed in the Kursk
        region"): no state, capital or adjective of one (but the troops' own, ``senders``)
        named after the verb in its clause."""
        toks = s.tokens
        verbs = [h for h in hits if toks[h].fold not in self._nouns
                 and toks[h].lemma not in self._nouns
                 and toks[h].fold not in _FIGHT
                 and toks[h].lemma not in _FIGHT and not toks[h].text[:1].isupper()]
        # a verb of presence right after the troops ("soldiers are now in", "si trovano",
        # "se trouvent", "stationed", "présents")
        troops = [k for k, t in enumerate(toks) if t.fold in self._nouns or t.lemma in self._nouns]
        verbs += [k for k, t in enumerate(toks) if t.fold in _PRESENCE_VERBS
                  # ("soldats nord-coréens ont été repérés": the adjective's tokens between)
                  and any(0 < k - n <= 6 for n in troops)
                  # ("are in", "sono nella", "sont dans": a form of "be" with a place after
                  # it; not "are fighting to retake the Kursk region")
                  and (t.fold not in _BE_FORMS or self._place_after(s, k))]
        for v in verbs:
            end = min(len(toks), v + 9)
            for k in range(v + 1, end):
                if k in self._clause_bounds(s) or ";" in self.text[toks[k - 1].end:toks[k].start]:
                    end = k
                    break
            aim = self._purpose_start(s, v)
            if aim is not None:
                end = min(end, aim)  # "to fight against Ukraine": a purpose, no place
            # (a date between the verb and the place: "déployés dans la nuit de lundi à
            # mardi dans la région de Koursk")
            end = min(len(toks), end + sum(1 for k in range(v + 1, end)
                                           if any(a <= toks[k].start < b
                                                  for a, b in self.date_spans)))
            region = next((k for k in range(v + 1, end) if toks[k].fold in _REGIONS
                           or toks[k].fold in _REGION_NAMES), None)
            if region is None:
                continue
            # "to Russia's Kursk region", "nella regione russa di Kursk": a state named
            if not any(_kind(self, m.target) == "state" or m.kind == "capital"
                       for m in self._mentions_in(toks[v].end, toks[end - 1].end)
                       if not m.agreement and m.target not in senders
                       # (not who says so: "..., secondo Kiev")
                       and (m.start, m.end) not in self._asserter_spans):
                return True
        return False

    def _own_clause(self, s: Sentence, trig: int) -> tuple[int, int]:
        """Text offsets of the clause of a milestone told in the background at token
        ``trig``: from the word that opens it (after a comma or the agreement's noun, at
        most five words before) to the next comma (at most twenty words after)."""
        toks = s.tokens
        lo = trig
        while lo > 0 and trig - lo < 6 and \
                "," not in self.text[toks[lo - 1].end:toks[lo].start] and \
                toks[lo - 1].fold not in self.r.agreement_refs.words:
            lo -= 1
        hi = trig + 1
        while hi < len(toks) and hi - trig <= 20 and \
                not set(self.text[toks[hi - 1].end:toks[hi].start]) & {",", ";", "(", "\u2014"}:
            hi += 1
        return toks[lo].start, toks[hi - 1].end

    def _own_time_or_place(self, s: Sentence, trig: int) -> bool:
        """The milestone at token ``trig`` (in a participle, a relative or a "since" clause)
        has a date or a place of its own in its clause ("the treaty, which took effect on
        Dec. 4", "il patto, firmato a giugno", "le texte, signé à Pyongyang", "since the pact
        was signed in June"); not a date that names the treaty ("il trattato di giugno")."""
        toks = s.tokens
        a, b = self._own_clause(s, trig)
        b = self._participle_main_verb(s, trig, b)
        if any(a <= x < b for x, _ in self.date_spans):
            return True
        # a time counted back from the publication ("since Moscow and Pyongyang sealed their
        # pact last year", "firmato l'anno scorso", "signé il y a un an"; session 15)
        folds = [t.fold for t in toks if a <= t.start < b]
        if any(tuple(folds[k:k + len(p)]) == p for p in _RELATIVE_TIMES
               for k in range(len(folds))):
            return True
        places = _LOCATIVE.get(self.b.language, set()) | {"in", "at"}
        return any(
            m.kind == "capital" or _kind(self, m.target) == "state"
            for m in self._mentions_in(toks[trig].end, b)
            if not m.agreement and (k := s.token_at(m.start)) > trig
            and toks[k - 1].fold in places | _ARTICLE_WORDS
            and (toks[k - 1].fold in places or toks[k - 2].fold in places))

    def _milestone_verb_at(self, s: Sentence, k: int) -> bool:
        """A milestone's verb phrase starts at token k ("entre en vigueur", "took effect",
        "entrato in vigore"); not its noun ("entry into force", "l'entrée en vigueur")."""
        toks = s.tokens
        if k > 0 and toks[k - 1].fold in _ARTICLE_WORDS | self.r.articles | _GENITIVE \
                | _DEFINITE_CONTRACTED:
            return False
        for rule in self.r.events:
            if rule.type not in MILESTONES:
                continue
            for first, phrase in rule.words.firsts:
                words = phrase.split()
                if first != toks[k].fold or len(words) < 2 or first in _NOT_VERB_HEADS \
                        or k + len(words) > len(toks):
                    continue
                if all(toks[k + n].fold == w for n, w in enumerate(words)):
                    return True
        return False

    def _goods_sent(self, s: Sentence, trig: int) -> bool:
        """The verb of sending at token ``trig`` has goods or people as its object, within
        three words (articles, numbers, adjectives between): "sending arms", "sent millions
        of shells", "d'envoyer des armes", "di inviare armi e munizioni"."""
        toks = s.tokens
        for k in range(trig + 1, min(trig + 5, len(toks))):
            f = toks[k].fold
            if f in _SENT_GOODS:
                return True
            if self.mentions.at(toks[k].start) is not None or "," in self.text[
                    toks[k - 1].end:toks[k].start]:
                return False
        return False

    def _participle_main_verb(self, s: Sentence, trig: int, end: int) -> int:
        """The end of the clause of a milestone told in a participle right after the
        agreement's noun, at the main clause's verb that follows with no comma between
        ("Le traité conclu entre la Russie et la Corée du Nord entre en vigueur ce mercredi",
        "the pact signed by the two leaders took effect on Dec. 4", "il trattato firmato tra
        Mosca e Pyongyang è entrato in vigore mercoledì"): the main clause's date and place
        are not the participle's (session 15). The word right after the participle is its
        own ("signé entre Moscou et Pyongyang le 19 juin": a preposition)."""
        toks = s.tokens
        if not self._agreement_participle(s, trig):
            return end
        for k in range(trig + 2, len(toks)):
            if toks[k].start >= end:
                break
            t = toks[k]
            aux = t.fold in _AUXILIARIES and not (t.fold in ("a", "e") and (
                t.text != t.text.lower() or t.text in ("à", "e") or self.b.language == "it"
                and t.fold == "a"))
            verb = self._is_verb(t) or t.text.islower() and self._milestone_verb_at(s, k)
            if aux or verb and toks[k - 1].fold not in _ARTICLE_WORDS \
                    | self.r.articles | _DEFINITE_CONTRACTED | _GENITIVE:
                return t.start
        return end

    def _since_spans(self, s: Sentence) -> list[tuple[int, int]]:
        """Spans of the clauses opened by "since", "depuis que", "da quando", "dacché", up
        to the next comma or clause bound."""
        toks = s.tokens
        out = []
        for k, t in enumerate(toks):
            if not (t.fold in ("since", "dacche") or k + 1 < len(toks) and (
                    t.fold, toks[k + 1].fold) in (("depuis", "que"), ("depuis", "qu"),
                                                  ("da", "quando"))):
                continue
            if t.fold == "since" and not (k + 1 < len(toks) and (
                    toks[k + 1].fold in _ARTICLE_WORDS | self.r.articles | _DETERMINERS
                    or self._own_subject_after(s, k, []))):
                continue  # "in force since Dec. 4": a preposition, the event's own date
            end = s.end
            for j in range(k + 1, len(toks)):
                if "," in self.text[toks[j - 1].end:toks[j].start] or \
                        j in self._clause_bounds(s) and j > k + 1:
                    end = toks[j].start
                    break
            out.append((t.start, end))
        return out

    def _since_clause(self, s: Sentence, trig: int) -> bool:
        """The trigger at token ``trig`` is in a clause opened by "since", "ever since",
        "depuis que", "da quando", "dacché" (no clause bound between)."""
        toks = s.tokens
        bounds = [b for b in self._clause_bounds(s) if b <= trig]
        lo = max(bounds, default=0)
        for k in range(trig - 1, max(-1, lo - 2, trig - 16), -1):
            f = toks[k].fold
            if f == "since" or f == "dacche" or \
                    k + 1 < trig and (f, toks[k + 1].fold) in (("depuis", "que"),
                                                              ("depuis", "qu"),
                                                              ("da", "quando")):
                return True
        return False

    def _chamber_before(self, s: Sentence, trig: int) -> str | None:
        """The graph's lower house of the state named with a word of ``chambers`` before
        the trigger in its clause ("Russian lawmakers", "the lower house of Russia's
        parliament", "i deputati russi", "la chambre basse du Parlement russe"): the body
        a ratification by them is (the state named next to the word, within four words)."""
        bounds = self._clause_bounds(s)
        lo = max([b for b in bounds if b <= trig], default=0)
        if any(lo <= k < trig for k in self._upper_house_words(s)):
            return None  # "the upper house of the Russian parliament": not the lower house
        for k in reversed(s.hits(self.r.chambers)):
            if not lo <= k < trig:
                continue
            near = [m for m in self._mentions_in(s.tokens[max(lo, k - 2)].start,
                                                 s.tokens[min(len(s.tokens) - 1, k + 5)].end)
                    if not m.agreement]
            for m in near:
                state = self._state_of(m.target)
                if state == m.target:
                    body = self.lexicon.body_of(state, "lower house")
                    if body is not None:
                        return body
        return self._chamber_agent(s, trig)

    def _chamber_agent(self, s: Sentence, trig: int) -> str | None:
        """The members of a lower house as the agent after the trigger ("approved by all
        397 deputies of the State Duma", "approvato da tutti i deputati presenti", "voté
        par les députés russes"): the state's lower house named with them (its name or its
        state's within four words), else the one the text named before ("la Duma ...
        votato da tutti i deputati": the Duma)."""
        bounds = self._clause_bounds(s)
        hi = min([b for b in bounds if b > trig], default=len(s.tokens))
        toks = s.tokens
        for k in s.hits(self.r.chambers):
            if not trig < k < min(hi, trig + 9) or not any(
                    toks[j].fold in self.r.to_agent for j in range(max(trig + 1, k - 4), k)):
                continue
            near = [m for m in self._mentions_in(toks[max(trig + 1, k - 2)].start,
                                                 toks[min(len(toks) - 1, k + 4)].end)
                    if not m.agreement]
            for m in near:
                state = self._state_of(m.target)
                body = self.lexicon.body_of(state, "lower house") if state else None
                if body is not None and m.target in (state, body):
                    return body
            if near:
                return None  # deputies of another body or state
            return self._lower_house_before(toks[k].start)
        return None

    def _lower_house_before(self, pos: int) -> str | None:
        """The last lower house of a state (the graph's ``body_of(state, "lower house")``)
        named before offset ``pos``: "the Duma ... the deputies", "the upper chamber"."""
        for m in reversed(list(self.mentions)):
            if m.end > pos or m.agreement or _kind(self, m.target) != "government_body":
                continue
            info = self.lexicon.actors.get(m.target)
            c = info.country if info is not None else None
            if c and self.lexicon.body_of(c, "lower house") == m.target:
                return m.target
        return None

    def _upper_house_words(self, s: Sentence) -> list[int]:
        """Tokens of words naming an upper house ("upper house", "Senate", "camera alta",
        "Senato", "chambre haute", "Sénat", senators): a parliament's other chamber."""
        toks = s.tokens
        out = []
        for k, t in enumerate(toks):
            nxt = toks[k + 1].fold if k + 1 < len(toks) else ""
            prev = toks[k - 1].fold if k > 0 else ""
            if t.fold in _UPPER_HOUSE or (t.fold, nxt) in _UPPER_HOUSE_PAIRS or \
                    (prev, t.fold) in _UPPER_HOUSE_PAIRS:
                out.append(k)
        return out

    def _law_approved(self, s: Sentence, hits: list[int]) -> bool:
        """Once a ratification of an agreement is told, approving "the law", "the text",
        "it" ("The State Duma had approved the law on Oct. 24, and the Federation Council
        endorsed it", "La Douma avait approuvé le texte", "l'a adopté") is that
        agreement's ratification too."""
        if self.last_agreement is None:
            return False
        rat_told = any(e.type == EventType.RATIFICATION for e in self.result.events)
        # once only another milestone of the agreement is told ("The pact was signed in
        # June. The Duma approved it on Oct. 24"), "it", "the text", "the document" are the
        # treaty, a law is none yet (session 15)
        if not rat_told and not any(e.type in MILESTONES and e.agreement
                                    for e in self.result.events):
            return False
        toks = s.tokens
        # (not a law or decree of something else: "a decree on conscription", "la legge
        # sugli agenti stranieri", "un décret sur")
        refs = {k for k in s.hits(self.r.law_refs)
                if (rat_told or toks[k].fold in _TREATY_REFS)
                and not (k + 1 < len(toks) and toks[k + 1].fold in _LAW_ABOUT and not (
                    # ("approved the law on Oct. 24": a date)
                    k + 2 < len(toks) and toks[k + 2].text[:1].isupper()
                    or k + 2 < len(toks) and toks[k + 2].text[:1].isdigit()))}
        if not rat_told:
            # ("The document was signed by Moscow and Pyongyang": a signing, no law)
            hits = [h for h in hits if not any(
                r.type == EventType.SIGNING and (toks[h].fold in r.words.words
                                                 or toks[h].lemma in r.words.words)
                for r in self.r.events)]
        for h in hits:
            if any(h < k <= h + 4 for k in refs):
                return True
            # "The Federation Council gave its approval on Nov. 6", "è arrivato il via libera
            # del Consiglio", "a donné son feu vert": an approval with no object of its own
            # (session 14)
            bare = next((j for j in range(h, min(h + 3, len(toks)))
                         if toks[j].fold in _BARE_APPROVALS), None) if rat_told else None
            if bare is not None and not (bare + 1 < len(toks) and toks[bare + 1].fold in {
                    "to", "for", "a", "al", "alla", "allo", "ai", "agli", "alle", "all", "au",
                    "aux", "pour", "per"}):
                return True  # (not "gave its approval to new sanctions")
            # "Putin signed it into law", "signed the bill into law": the law before "into"
            if toks[h].fold == "into" and any(h - 4 <= k < h for k in refs):
                return True
            # the subject of a passive: "La legge era stata approvata dal Consiglio", "the law
            # was passed by the Duma", "le texte a été adopté par la Douma"
            if any(h - 5 <= k < h and any(toks[j].fold in _PASSIVE_AUX | _BEEN
                                          for j in range(k + 1, h)) for k in refs):
                return True
            # an object clitic before the verb: "l'a adopté", "lo ha approvato"
            k = h - 1
            while k > 0 and toks[k].fold in _AUXILIARIES | {"avaient", "avevano"}:
                k -= 1
            if k < h - 1 and toks[k].fold in {"l", "lo", "la", "le"}:
                return True
        return False

    def _unhappened_noun(self, s: Sentence, i: int) -> bool:
        """The trigger at token i is a noun (after an article or a determiner, an adjective
        between: "a new summit") whose predicate, later in its clause, says it has not
        happened or only may: a negation or a modal followed by a word of ``unhappened``
        ("the ratification has not yet been announced", "a new summit ... has not been
        ruled out", "une nouvelle rencontre pourrait avoir lieu", "la ratifica non è
        ancora avvenuta"). Not a negation of what the event did ("the talks did not produce
        an agreement": no word of happening after it)."""
        toks = s.tokens
        # (a possessive too: "North Korea's ratification")
        det = _ARTICLE_WORDS | self.r.articles | _INDEFINITE | _DETERMINERS | _NOUN_AFTER \
            | ({"s"} if self.b.language == "en" else set())
        if not self.r.unhappened or not (
                i >= 1 and toks[i - 1].fold in det
                or i >= 2 and toks[i - 2].fold in det and toks[i - 1].text.islower()):
            return False
        bounds = self._clause_bounds(s)
        happen = set(s.hits(self.r.unhappened))
        modal = set(s.hits(self.r.negation)) | set(s.hits(self.r.conditional)) | set(
            s.hits(self.r.future))
        for j in range(i + 1, min(i + 14, len(toks))):
            if any(b == j for b in bounds) or ";" in self.text[toks[j - 1].end:toks[j].start]:
                return False
            if j in modal and not s.quoted(toks[j].start) and any(
                    k in happen for k in range(j + 1, min(j + 5, len(toks)))):
                return True
        return False

    def _unnamed_met(self, s: Sentence, pool: list[_Candidate], trig: int) -> list[_Candidate]:
        """Unnamed officials met ("was greeted by senior Chinese officials", "accolto alla
        stazione da alti funzionari del governo di Pechino", "un incontro con una delegazione
        di alti funzionari sudcoreani", "reçu par de hauts responsables chinois"): the
        unnamed group is the side (GUIDELINES: "South Korean officials" is an unnamed group),
        the state in its description a mention."""
        toks = s.tokens
        stop = _clause_end(s, trig, self.r.clause_breaks)
        for k in range(trig, min(trig + 8, len(toks))):
            if k > trig and any(m.kind != "demonym" and not m.agreement
                                for m in self.mentions.within(toks[trig].end, toks[k].start)):
                break  # the side met is named ("a delegation led by the head of ...")
            if toks[k].start >= stop or k > trig and toks[k].fold not in _BARE_BY | \
                    _COMITATIVE | self.r.to_agent:
                continue
            j = k + 1
            # (articles, "a delegation of", "de", "des": "con una delegazione di alti
            # funzionari"; the state's adjective before the noun: "by senior Chinese
            # officials")
            while j < len(toks) and j - k <= 5 and (
                    toks[j].fold in self.r.articles | _ARTICLE_WORDS | _GENITIVE
                    | _DELEGATION_NOUNS | _INDEFINITE | {"alti", "alto", "hauts", "haut",
                                                         "senior", "high", "ranking",
                                                         "top", "de", "des", "d"}
                    or (m := self.mentions.at(toks[j].start)) is not None
                    and m.kind == "demonym"
                    or toks[j].text.islower() and self.mentions.at(toks[j].start) is None
                    and toks[j].fold not in self.r.source_nouns and j - k <= 2):
                m = self.mentions.at(toks[j].start)
                if m is not None and m.kind != "demonym":
                    break
                j = s.token_at(m.end - 1) + 1 if m is not None else j + 1
            if j >= len(toks) or toks[j].fold not in self.r.source_nouns or \
                    toks[j].fold in self.r.media_nouns or not toks[j].text.islower() or \
                    not toks[j].fold.endswith(("s", "i")):
                continue
            found = self._unnamed_source(s, j, forward=True)
            if not found or found[0].start > toks[j].end or \
                    _kind(self, found[0].actor) == "person":
                continue
            src = found[0]
            rest = [c for c in pool if not (src.start <= c.start < src.end + 60
                                            and c.kind == "demonym"
                                            or src.start <= c.start and c.end <= src.end)]
            return [*rest, _Candidate(src.actor, src.start, src.end, "name")]
        return pool

    def _predicate_joins(self, s: Sentence) -> list[int]:
        """Tokens of "and", "e", "et", "puis", "poi", "then" joining a second predicate of
        the same subject ("arrived with a letter from Putin and was received by Kim", "ha
        avuto colloqui con Choe e nello stesso giorno è stato ricevuto da Kim", "s'est
        entretenu avec Choe, puis a été reçu par Kim"): no name of its own follows before
        its verb (an auxiliary or a verb of meeting, past a few words of time)."""
        toks = s.tokens
        # (the text, not the fold: Italian "è" is no "e"; Italian "a" is no auxiliary)
        aux = {"en": {"was", "were", "has", "had", "have", "is", "been"},
               "it": {"è", "e'", "ha", "hanno", "aveva", "avevano", "sono", "era", "erano",
                      "fu", "stato", "stata"},
               "fr": {"a", "ont", "avait", "avaient", "est", "sont", "était", "fut", "s"}
               }.get(self.b.language or "", set())

        def verb(t: Token) -> bool:
            return t.text.lower() in aux or t.fold in self._meeting_words or \
                t.lemma in self._meeting_words

        out = []
        for k, t in enumerate(toks):
            if t.text.lower() not in _AND | _THEN_JOINS or k == 0:
                continue
            j = k + 1
            while j < len(toks) and j - k <= 5 and self.mentions.at(toks[j].start) is None \
                    and toks[j].text.islower() and not verb(toks[j]) and \
                    "," not in self.text[toks[j - 1].end:toks[j].start]:
                j += 1
            if j < len(toks) and toks[j].text.islower() and j - k <= 5 and verb(toks[j]) \
                    and self.mentions.at(toks[j].start) is None:
                out.append(k)
        return out

    def _shared_subject_pool(self, s: Sentence, cands: list[_Candidate],
                             pool: list[_Candidate], trig: int,
                             asserter_spans: set[tuple[int, int]]) -> list[_Candidate]:
        """A meeting in one of two predicates of one subject: the names of the other
        predicate are no sides ("Lavrov held talks with Choe and was then received by Kim":
        Lavrov and Choe, then Lavrov and Kim; "arrived with a message from Putin and was
        received by Kim": Putin no side)."""
        joins = [k for k in self._predicate_joins(s)]
        if not joins:
            return pool
        toks = s.tokens
        before = [k for k in joins if k < trig]
        after = [k for k in joins if k > trig]
        out = pool
        if after:
            out = [c for c in out if c.start < toks[after[0]].start]
        if before:
            k = before[-1]
            lead = next((c for c in cands if c.start < toks[k].start
                         and c.kind not in ("source", "demonym")
                         and (c.start, c.end) not in asserter_spans
                         and (c.start, c.end) not in self.consumed
                         and self._paren_of(c.start) is None), None)
            rest = [c for c in out if c.start > toks[k].start]
            if lead is not None and rest:
                out = [lead, *rest]
        return out

    def _with_after_time(self, s: Sentence, h: int) -> bool:
        """The meeting's noun at token h is followed, past a time ("di ieri", "on Monday",
        "de lundi") and no comma, by "with", "con", "avec": it names who met."""
        toks = s.tokens
        for k in range(h + 1, min(h + 5, len(toks))):
            if "," in self.text[toks[k - 1].end:toks[k].start] or \
                    self.mentions.at(toks[k].start) is not None:
                return False
            if toks[k].fold in _COMITATIVE:
                return k > h + 1 and bool(find_dates(
                    self.text[toks[h + 1].start:toks[k - 1].end], self.b.language, None) or
                    any(toks[j].fold in _RELATIVE_DAYS for j in range(h + 1, k)))
        return False

    def _outlet_relative(self, s: Sentence, i: int) -> bool:
        """The meeting's word at token i stands in a relative clause whose head is a news
        outlet ("selon l'agence KCNA, qui fait état d'entretiens « chaleureux »", "KCNA,
        which called the talks friendly"): the talks the outlet reports, told before."""
        toks = s.tokens
        for k in range(i - 1, max(0, i - 8), -1):
            if "," in self.text[toks[k].end:toks[k + 1].start] and k + 1 < i:
                return False
            if toks[k].fold in self.r.relatives and k > 0 and \
                    "," in self.text[toks[k - 1].end:toks[k].start]:
                m = next((m for m in reversed(self.mentions.within(
                    max(s.start, toks[k].start - 60), toks[k].start))), None)
                return m is not None and _kind(self, m.target) == "media" and \
                    not self.text[m.end:toks[k].start].strip(" ,")
        return False

    def _no_talks_noun(self, s: Sentence, i: int) -> bool:
        """ "dismissed talk of North Korean troops", "talk about a visit": the singular
        "talk" before "of", "about", "that" is what is said, no talks held."""
        toks = s.tokens
        return toks[i].fold == "talk" and i + 1 < len(toks) and \
            toks[i + 1].fold in ("of", "about", "that")

    def _thing_hosted(self, s: Sentence, i: int) -> bool:
        """A participle of receiving or hosting right after a common noun, with its agent
        ("a military parade hosted by Xi Jinping", "una cena ospitata da Putin", "un
        défilé accueilli par Pékin"): a thing received or hosted, no one met."""
        toks = s.tokens
        t = toks[i]
        if i < 2 or i + 1 >= len(toks) or toks[i + 1].fold not in self.r.to_agent | _BARE_BY \
                or t.fold not in _HOSTED:
            return False
        prev = toks[i - 1]
        return prev.text.isalpha() and prev.text.islower() and \
            self.text[prev.end:t.start] == " " and \
            self.mentions.at(prev.start) is None and \
            prev.fold not in _AUXILIARIES | _ADVERBS | _PASSIVE_AUX | _TITLE_NOUNS \
            | self.r.title_words | self.r.subject_pronouns | _PRONOUN_WORDS | _AND \
            and prev.fold not in self.r.articles

    def _body_session(self, s: Sentence, i: int) -> bool:
        """The meeting's noun at token i, after an article, is of an organisation or a body
        ("a meeting of the UN Security Council", "una riunione del Consiglio di Sicurezza",
        "une réunion du Conseil de sécurité de l'ONU", "a session of NATO"), with no one
        met ("with", "con", "avec", "between" in its clause): a body's session where other
        things happen, no meeting between sides."""
        toks = s.tokens
        if i < 1 or toks[i - 1].fold not in _ARTICLE_WORDS | self.r.articles | _INDEFINITE:
            return False
        j = i + 1
        while j < len(toks) and j - i <= 3 and (
                toks[j].fold in _GENITIVE | _ARTICLE_WORDS | self.r.articles):
            j += 1
        if j == i + 1 or j >= len(toks):
            return False
        m = self.mentions.at(toks[j].start)
        if m is None or m.agreement or _kind(self, m.target) not in (
                "organization", "government_body", "alliance"):
            return False
        stop = _clause_end(s, i, self.r.clause_breaks)
        # ("a meeting of NATO and South Korea": the sides met)
        return not any(t.fold in _COMITATIVE | _BETWEEN | _AND for t in toks[i + 1:]
                       if t.start < stop)

    def _purpose(self, s: Sentence, i: int) -> bool:
        """The trigger at token i ends a phrase of purpose ("arrived for talks with Kim",
        "per incontrare", "pour des consultations avec"): a meeting planned, not held."""
        for phrase in self.r.purpose.phrases:
            words = phrase.split()
            k = i - len(words) + 1
            if k >= 0 and [t.fold for t in s.tokens[k:i + 1]] == words:
                return True
        return False

    def _purpose_start(self, s: Sentence, trig: int) -> int | None:
        """The token opening a purpose after the act at ``trig`` ("sent to Russia to fight
        against Ukraine", "inviati in Russia per combattere contro l'Ucraina", "envoyés en
        Russie pour combattre l'armée ukrainienne", "afin de soutenir", "in order to"): the
        marker of an infinitive of the clause, whose names tell no side of the act (GUIDELINES,
        settled at the start of session 14: a purpose tells no event)."""
        toks = s.tokens
        lang = self.b.language
        for k in range(trig + 1, min(len(toks) - 1, trig + 14)):
            if toks[k].start in self._quote_starts(s):
                return None
            if ";" in self.text[toks[k - 1].end:toks[k].start]:
                return None
            w, nxt = toks[k].fold, toks[k + 1]
            if not nxt.text.islower() or toks[k - 1].fold in _BEGIN | _GOES_ON or \
                    toks[k - 1].lemma in _BEGIN | _GOES_ON:
                continue  # ("hanno iniziato a combattere": what they did, no purpose)
            if lang == "en" and w == "to" and (nxt.fold in _PURPOSE_VERBS_EN
                                               or nxt.lemma in _PURPOSE_VERBS_EN):
                return k
            if lang == "it" and w in ("per", "a") and nxt.fold.endswith(
                    ("are", "ere", "ire", "arsi", "ersi", "irsi")) and len(nxt.fold) > 4:
                return k
            if lang == "fr" and (w == "pour" or w == "de" and toks[k - 1].fold == "afin") \
                    and nxt.fold.endswith(("er", "ir", "re", "oir")) and len(nxt.fold) > 3 \
                    and nxt.fold not in _NOT_INFINITIVES_FR:
                return k
        return None

    def _intent_stops(self, s: Sentence, i: int, h: int) -> bool:
        """The intent at token ``i`` does not reach the trigger at ``h``: what is tried is
        to hide or justify the act, a fact ("trying to hide its purchases of North Korean
        weapons", "cercando di nascondere le forniture", "cherchant à dissimuler ses
        achats"), or a clause of its own opens between them with "as", "while", "mentre",
        "alors que" and a subject ("seeking to silence the monitors as it buys arms")
        (session 16)."""
        toks = s.tokens
        for k in range(i + 1, h):
            if toks[k].fold in _HIDE_VERBS or toks[k].lemma in _HIDE_VERBS:
                return True
            if toks[k].fold in _AS_CLAUSE and k + 1 < h and (
                    toks[k + 1].fold in self.r.subject_pronouns | {"it", "we", "i"}
                    or self.mentions.at(toks[k + 1].start) is not None
                    or toks[k + 1].fold in self.r.articles and k + 2 < h
                    and self.mentions.at(toks[k + 2].start) is not None):
                return True
        return False

    def _group_as_state(self, out: list[FoundEvent]) -> None:
        """ "Russian officials have denied buying weapons from North Korea": an unnamed group
        of a state ("Russian officials", "responsabili russi") sends, supplies or helps
        nothing itself; in a transfer between states its state is the side (session 16)."""
        for e in out:
            if e.type not in _BETWEEN_STATES:
                continue
            sides = []
            for a, r in e.participants:
                if _kind(self, a) == "group" and (st := self._group_state(a)) is not None \
                        and not any(st == b for b, _ in e.participants):
                    a = st
                sides.append((a, r))
            e.participants = list(dict.fromkeys(sides))

    def _group_state(self, group: str) -> str | None:
        """The state of an unnamed group: its country, else the one state its words name
        by an adjective ("Russian officials", "responsabili russi")."""
        st = self._state_of(group)
        if st is not None and st != group:
            return st
        new = self.result.new_actors.get(group)
        if new is None or not self.b.language:
            return None
        states = {m.target for m in self.lexicon.matcher(self.b.language).find(new.name)
                  if m.kind == "demonym" and _kind(self, m.target) == "state"}
        return states.pop() if len(states) == 1 else None

    def _fired_at(self, s: Sentence, c: _Candidate) -> bool:
        """The name ``c`` is the target of a verb of firing or using a weapon right before
        it ("fired at Ukraine", "a tiré sur l'Ukraine", "ha lanciato su Kiev")."""
        toks = s.tokens
        k = s.token_at(c.start) - 1
        while k > 0 and toks[k].fold in self.r.articles | _ARTICLE_WORDS:
            k -= 1
        if k < 1 or toks[k].fold not in _FIRED_AT:
            return False
        v = k - 1
        while v > 0 and _is_adverb(toks[v]):
            v -= 1
        return toks[v].fold in self.r.weapon_use.words or toks[v].lemma in self.r.weapon_use.words

    def _other_verb_after_and(self, s: Sentence, b: int, ci: int) -> bool:
        """ "... e ha chiesto a Pechino": after the "and" at token ``b``, (auxiliaries and) a
        verb that tells no transfer of troops or goods, before token ``ci`` (not "sent
        troops and supplied missiles to Russia", whose place is both verbs')."""
        toks = s.tokens
        k = b + 1
        while k < ci and (toks[k].fold in _AUXILIARIES or _is_adverb(toks[k])):
            k += 1
        if k >= ci or not self._is_verb(toks[k]):
            return False
        return not any(toks[k].fold in r.words.words or toks[k].lemma in r.words.words
                       or toks[k].fold in r.converse.words or toks[k].lemma in r.converse.words
                       for r in self.r.events if r.type in _BETWEEN_STATES)

    def _whoever_before(self, s: Sentence, trig: int) -> bool:
        """The verb at token ``trig`` has an unnamed generic subject right before it ("chi
        sostiene", "whoever supplies", "those who help", "ceux qui soutiennent", "coloro che
        forniscono", "quiconque aide")."""
        toks = s.tokens
        k = trig - 1
        while k > 0 and _is_adverb(toks[k]):
            k -= 1
        if k < 0:
            return False
        if toks[k].fold in _WHOEVER:
            return True
        return k > 0 and toks[k].fold in ("who", "that", "qui", "che") and \
            toks[k - 1].fold in _GENERIC_HEADS

    def _troops_state_before(self, s: Sentence, rule: EventRule, h: int) -> list[str]:
        """The state of the troops named last before token ``h`` by its adjective or name
        right beside their noun ("des soldats nord-coréens", "North Korean troops")."""
        toks = s.tokens
        troops = [k for k in s.hits(rule.needs) if k < h]
        if not troops:
            return []
        k = troops[-1]
        near = self._mentions_in(toks[max(0, k - 3)].start, toks[min(len(toks) - 1, k + 4)].end)
        # (the adjective right after the noun first, "des soldats nord-coréens"; else the
        # one before it, "North Korean troops"; never a place after a preposition)
        after = [m.target for m in near if m.start > toks[k].start and m.kind == "demonym"
                 and _kind(self, m.target) == "state"]
        before = [m.target for m in near if m.start < toks[k].start and not m.agreement
                  and _kind(self, m.target) == "state"]
        return after[:1] or before[-1:]

    def _partial_claims_to_told(self, ev: FoundEvent, events: list[FoundEvent]) -> None:
        """An act of the model left with one side ("ha condannato l'invio dei soldati
        nordcoreani": the sender alone) that was told before with those sides and more is
        that event told again: its claims (the condemner's allegation) go to it (session
        16: a back-reference to a fact told before is that event)."""
        if ev.type not in CONTESTED or not ev.claims or not ev.participants or not any(
                e.type == EventType.ACCUSATION and e.trigger[0] < ev.trigger[0]
                and e.sentence == ev.sentence for e in events):
            return  # (only an act charged by a condemnation of its sentence)
        sides = set(ev.participants)
        told = next((e for e in reversed([*self.result.events, *events])
                     if e.type == ev.type and not e.partial and sides <= set(e.participants)),
                    None)
        if told is None:
            return
        for c in ev.claims:
            if not any(o.certainty == c.certainty and o.asserted_by == c.asserted_by
                       for o in told.claims):
                told.claims.append(c)

    def _condemner_not_in_act(self, s: Sentence, out: list[FoundEvent]) -> None:
        """ "Borrell condemned the delivery of these missiles by Pyongyang", "a condamné la
        livraison de ces missiles par Pyongyang", "NATO denounced North Korea's support for
        the Russian war effort": the act condemned is told by a noun in the condemnation's
        clause; who condemns it (the accuser) takes no part in it (not its recipient). An
        act left with one side is no new event (the one told before, or none), the
        accusation stays (session 16)."""
        toks = s.tokens
        bounds = self._clause_bounds(s)
        for e in out:
            if e.type != EventType.ACCUSATION:
                continue
            accusers = {a for a, r in e.participants if r == "accuser"}
            if not accusers:
                continue
            t = s.token_at(e.trigger[0])
            for o in out:
                k = s.token_at(o.trigger[0])
                if o.type not in CONTESTED or not t < k <= t + 8 or \
                        any(t < b <= k for b in bounds) \
                        or not accusers & {a for a, _ in o.participants}:
                    continue
                # (a noun: an article, a determiner or a possessive before it, or "of",
                # "de", "di" after it; not "condemned Moscow for sending")
                if not (any(toks[j].fold in self.r.articles | _ARTICLE_WORDS | _DETERMINERS
                            | _POSSESSIVES | {"s"} for j in range(t + 1, k))
                        or k + 1 < len(toks) and toks[k + 1].fold in _GENITIVE):
                    continue
                o.participants = [(a, r) for a, r in o.participants if a not in accusers]
                if len({r for _, r in o.participants}) < 2:
                    o.partial = True

    def _purpose_dropped(self, s: Sentence, out: list[FoundEvent]) -> list[FoundEvent]:
        """A sending's purpose tells no event of its own ("sent to Russia to fight against
        Ukraine", "inviati per combattere contro l'Ucraina", "envoyés en Russie pour combattre
        l'armée ukrainienne"): a deployment or help read from the words of the purpose
        clause, after a deployment told before it, is dropped (GUIDELINES, settled at the
        start of session 14); a clause of its own after a comma ("..., and they began
        fighting") still tells its fact."""
        sends = [s.token_at(e.trigger[0]) for e in out if e.type == EventType.DEPLOYMENT]
        if not sends:
            return out
        bounds = set(self._clause_bounds(s))
        kept = []
        for e in out:
            t = s.token_at(e.trigger[0])
            if e.type == EventType.DEPLOYMENT and any(r == "host" for _, r in e.participants) \
                    and not any(o is not e and o.type == EventType.DEPLOYMENT and any(
                        r == "host" for _, r in o.participants) for o in out):
                # "sent to help Moscow": with no place before it, the one helped is where
                # they were sent (as before)
                kept.append(e)
                continue
            if e.type in (EventType.DEPLOYMENT, EventType.MILITARY_ASSISTANCE) and any(
                    b < t and (a := self._purpose_start(s, b)) is not None and a < t
                    and not any(a < x <= t for x in bounds)
                    and not re.search(r"[,;]", self.text[s.tokens[a].end:e.trigger[0]])
                    for b in sends):
                continue
            kept.append(e)
        return kept

    def _characterised_cooperation(self, s: Sentence, out: list[FoundEvent]
                                   ) -> list[FoundEvent]:
        """Cooperation characterised ("military cooperation with Pyongyang was «aimed at no
        one»", "la cooperazione con Mosca «non è diretta contro Paesi terzi»", "cette
        coopération ne visait « personne »"): what is said of the ties is the speaker's
        declaration, no cooperation event (GUIDELINES, settled at the start of session 14).
        The words of character follow the cooperation's noun in its clause, no comma
        between ("..., which poses no threat": a relative of its own)."""
        self._ties_characterised = False
        if not any(e.type == EventType.COOPERATION for e in out):
            return out
        toks = s.tokens
        folds = [t.fold for t in toks]
        marks = [k for k in range(len(toks)) for n in (2, 3, 4)
                 if tuple(folds[k:k + n]) in _AIMED_AT_NO_ONE]
        if not marks:
            return out
        kept = []
        for e in out:
            t = s.token_at(e.trigger[0])
            if e.type == EventType.COOPERATION and any(
                    0 < m - t <= 12 and not re.search(r"[,;]", self.text[toks[t].end:toks[m].start])
                    for m in marks):
                self._ties_characterised = True
                continue
            kept.append(e)
        return kept

    def _quote_starts(self, s: Sentence) -> set[int]:
        return set()

    def _bare_back_reference(self, s: Sentence, rule: EventRule, i: int) -> bool:
        """Token i is only a noun the rule needs ("soldiers") after a definite article or a
        demonstrative, with no state's adjective or name next to it: those told before."""
        toks = s.tokens
        t = toks[i]
        if not (t.fold in rule.needs.words or t.lemma in rule.needs.words) or i == 0 or \
                not (toks[i - 1].fold in _ARTICLE_WORDS | _DEFINITE_CONTRACTED
                     or toks[i - 1].fold in _DETERMINERS):
            return False
        near = [j for j in (i - 2, i + 1, i + 2) if 0 <= j < len(toks)]
        return not any(self.mentions.at(toks[j].start) is not None for j in near)

    def _after_a_meeting(self, s: Sentence, i: int) -> bool:
        """Token i is a meeting noun after a subordinator and an indefinite or definite
        article ("after a meeting with", "dopo un incontro con", "après une rencontre
        avec"), followed by "with"."""
        toks = s.tokens
        j = i - 1
        if j >= 0 and (toks[j].fold in self.r.articles or toks[j].fold in _ARTICLE_WORDS
                       or toks[j].fold in _TITLE_POSSESSIVES):
            j -= 1  # ("après sa rencontre avec", "after his talks with")
        # "au lendemain d'une rencontre avec", "all'indomani di un incontro con"
        day_after = j > 0 and j < i - 1 and toks[j].fold in {"d", "de", "di", "of"} and \
            toks[j - 1].fold in _DAY_AFTER
        # (no article when it opens the sentence: "After talks with Choe, Lavrov said")
        first = s.token_at(max(s.start, self.dateline_end))
        opening = j == i - 1 and first == j
        if j >= 0 and (j < i - 1 or opening) and (
                toks[j].fold in self.r.subordinators or day_after) \
                and i + 1 < len(toks) and toks[i + 1].fold in _COMITATIVE:
            return True
        # "During talks with Choe, Lavrov said", "In a phone call with Choe,", "Durante i
        # colloqui con Choe,", "Lors de ses entretiens avec Choe,": a preposition of time
        # opening the sentence, the meeting's noun, "with", closed by a comma
        if first <= j < i and i - first <= 4 and toks[first].fold in _TIME_PREPS and \
                i + 1 < len(toks) and (toks[i + 1].fold in _COMITATIVE
                                       # ("Nei colloqui di ieri con Lavrov,")
                                       or self._with_after_time(s, i)) and \
                "," in self.text[toks[i].end:s.end] and all(
                    t.text.islower() or t is toks[first] for t in toks[first:i]):
            return True
        # a verb with no subject of its own after the subordinator: "..., after meeting
        # Putin", "dopo aver incontrato Putin", "après avoir rencontré Poutine"
        k = i - 1
        while k > 0 and toks[k].fold in {"having", "aver", "avere", "avoir", "s", "si", "se"}:
            k -= 1
        # (or opening the sentence: "After meeting Choe, Lavrov said")
        return 0 <= k < i and toks[k].fold in self.r.subordinators and toks[i].text.islower() \
            and (k > 0 and "," in self.text[toks[k - 1].end:toks[k].start]
                 or k == s.token_at(max(s.start, self.dateline_end))
                 and "," in self.text[toks[i].end:s.end])

    def _second_meeting_at(self, s: Sentence, trig: int, hits: list[int]) -> int | None:
        """Where a second meeting of the sentence's subject begins after the trigger
        ("held talks with Lavrov, after meeting Putin"): the offset of its subordinator."""
        for h in hits:
            if h > trig and self._after_a_meeting(s, h):
                k = h - 1
                while k > trig and s.tokens[k].fold not in self.r.subordinators:
                    k -= 1
                if k > trig:
                    return s.tokens[k].start
        return None

    def _clause_heads(self, s: Sentence, hits: list[int]) -> list[int]:
        """The first trigger of each clause ("Lavrov's trip to Pyongyang was in October,
        while Shoigu travelled there in June": two visits)."""
        bounds = self._clause_bounds(s)
        heads = [hits[0]]
        for h in hits[1:]:
            if any(heads[-1] < b <= h for b in bounds) or h in self._comitative_heads(s, hits):
                heads.append(h)
        return heads

    def _comitative_heads(self, s: Sentence, hits: list[int]) -> list[int]:
        """Meeting nouns each followed by "with", "con", "avec" and a name of its own ("a
        long talk with Choe, followed on Sunday by a meeting with Kim", "un colloquio con
        Choe, seguito da un incontro con Kim"): one meeting each, of the subject and the
        names after its noun. Empty unless two."""
        toks = s.tokens
        heads = [h for h in hits if h + 1 < len(toks) and toks[h + 1].fold in _COMITATIVE
                 and toks[h].text.islower()]
        out: list[int] = []
        for h in heads:
            if not out or any(toks[out[-1]].end <= m.start < toks[h].start and not m.agreement
                              for m in self.mentions.within(toks[out[-1]].end, toks[h].start)):
                out.append(h)
        return out if len(out) > 1 else []

    def _not_with_near(self, s: Sentence, rule: EventRule, trig: int) -> bool:
        """A word the event cannot stand with in the trigger's own clause: not across ";",
        a subordinator ("after Putin submitted the bill") or "and" before another verb
        ("received a delegation ... and asked Seoul to supply air-defence systems")."""
        hits = s.hits(rule.not_with)
        if rule.type == EventType.MEETING:
            # "The signing followed talks between Putin and Kim", "Before the signing,
            # Lavrov held talks", "la firma è avvenuta dopo il colloquio": a milestone named
            # by its noun is the time of the talks, not the fact they stand for
            milestone_words = [r.words for r in self.r.events if r.type in MILESTONES]
            hits = [h for h in hits if not (
                h > 0 and s.tokens[h - 1].fold in _ARTICLE_WORDS | self.r.articles
                | _DETERMINERS and any(s.tokens[h].fold in w.words
                                      or s.tokens[h].lemma in w.words for w in milestone_words))
                # "held talks on implementing the treaty signed in June", "the pact that
                # was signed in Pyongyang": the treaty's own milestone, not the talks'
                and not self._agreement_participle(s, h)
                and not self._agreement_relative(s, h)]
        if not hits:
            return False
        bounds = self._clause_bounds(s)
        lo = max((b for b in bounds if b <= trig), default=0)
        hi = min((b for b in bounds if b > trig), default=len(s.tokens))
        while 0 < lo < len(s.tokens) and s.tokens[lo].fold in _AND:
            # "which was passed by the Duma and endorsed by": the clause it goes on
            lo = max((b for b in bounds if b < lo), default=0)
        if 0 < lo < len(s.tokens) and s.tokens[lo].fold in self.r.relatives:
            lo -= 1  # "the pact, which was ... endorsed by": the relative's antecedent
        return any(lo <= h < hi for h in hits)

    def _clause_bounds(self, s: Sentence) -> list[int]:
        """Tokens that open another clause: after ";", a subordinator, a comma before a
        word of ``clause_breaks``, "and" before another verb."""
        if self._bounds_of is s:
            return self._bounds
        toks = s.tokens
        bounds = []
        for k in range(1, len(toks)):
            gap = self.text[toks[k - 1].end:toks[k].start]
            if toks[k].text.lower() == "è":
                continue  # "is", not "and" ("e"), folded alike
            if ";" in gap or self._subordinator_at(s, k) or (
                    "," in gap and toks[k].fold in self.r.clause_breaks):
                bounds.append(k)
            elif toks[k].fold in _AND and self._own_subject_after(s, k, bounds):
                bounds.append(k)  # "Putin met Kim in Pyongyang and Lavrov met Choe"
            elif toks[k].fold in _AND:
                v = k + 1
                aux = False
                while v < len(toks) and toks[v].fold in _AUXILIARIES | _ADVERBS | _CLITICS:
                    aux = aux or toks[v].fold in _AUXILIARIES
                    v += 1
                # a verb, not a noun the rules need ("armi e soldati")
                if v < len(toks) and toks[v].text.islower() and (aux or (
                        toks[v].fold in self._verbs or toks[v].lemma in self._verbs)
                        and toks[v].fold not in self._nouns):
                    bounds.append(k)
        self._bounds_of, self._bounds = s, bounds
        return bounds

    def _subordinator_at(self, s: Sentence, k: int) -> int:
        """How many words at token k open a subordinate clause (0: none): a word of
        ``subordinators`` ("after", "quando"), or one of its phrases ("depuis que",
        "alors que": "depuis" alone is a preposition)."""
        toks = s.tokens
        if toks[k].fold in self.r.subordinators:
            return 1
        for phrase in self.r.subordinators:
            words = phrase.split()
            if len(words) > 1 and words[0] == toks[k].fold and k + len(words) <= len(toks) \
                    and all(toks[k + n].fold == w for n, w in enumerate(words)):
                return len(words)
        return 0

    def _is_verb(self, t: Token) -> bool:
        return t.text.islower() and (t.fold in self._verbs or t.lemma in self._verbs) \
            and t.fold not in self._nouns and t.lemma not in self._nouns

    def _own_subject_after(self, s: Sentence, k: int, bounds: list[int]) -> bool:
        """ "and" at token k joins two clauses with a subject each: a verb before it (since
        the last clause bound) and a name right after it that is the subject of a verb
        ("Putin met Kim in Pyongyang and Lavrov met Choe in Moscow"); not "Russia and North
        Korea signed", whose "and" joins one verb's subjects."""
        toks = s.tokens
        lo = max(bounds, default=0)
        # (a word after an article is a noun: "Depuis la signature du traité, Séoul et
        # Washington accusent": one verb, two subjects; a subordinator opens a clause
        # whatever comes before it)
        # (nor after a contracted article: "Al termine dell'incontro, Putin e Kim hanno
        # firmato": "incontro" is a noun)
        if toks[k].fold in _AND and not any(self._is_verb(toks[i]) and not (
                i > 0 and toks[i - 1].fold in _ARTICLE_WORDS | self.r.articles | _NOUN_AFTER)
                for i in range(lo, k)):
            return False
        j = k + max(1, self._subordinator_at(s, k))
        while j < len(toks) and toks[j].fold in _ARTICLE_WORDS:
            j += 1
        first = self.mentions.at(toks[j].start) if j < len(toks) else None
        if first is None or first.agreement:
            return False
        # the name and its title ("and North Korean leader Kim Jong Un received")
        while j < len(toks) and j - k <= 8 and (
                self.mentions.at(toks[j].start) is not None or toks[j].text[:1].isupper()
                or toks[j].fold in self.r.title_words or toks[j].fold in self.r.titles
                # "as Moscow and Pyongyang deepened": a subject of two names
                or toks[j].fold in _AND and j + 1 < len(toks)
                and self.mentions.at(toks[j + 1].start) is not None):
            j += 1
        if j < len(toks) and "," in self.text[toks[j - 1].end:toks[j].start]:
            # "signé ... par Vladimir Poutine et Kim Jong Un, a été ratifié": the names end
            # a clause between commas, the verb after it is the main clause's
            return False
        # ("appelé la Chine et l'Inde à condamner": "à", to, is no "a", has; nor is
        # the Italian "a" of "esortato la Cina e l'India a condannare")
        while j < len(toks) and toks[j].fold in _AUXILIARIES | _ADVERBS | _CLITICS and \
                not (toks[j].fold == "a" and (toks[j].text.lower() == "à"
                                              or self.b.language != "fr")):
            j += 1
        if j < len(toks) and toks[k].fold not in _AND and toks[j].text.islower() and \
                toks[j].fold.isalpha() and toks[j].fold not in \
                _PREPOSITIONS | _ARTICLE_WORDS | _GENITIVE | _AND | self.r.articles:
            return True  # after a subordinator, a name and a word: its own verb ("as Moscow
            # and Pyongyang deepened their cooperation")
        return j < len(toks) and self._is_verb(toks[j])

    def _invited_to_place(self, s: Sentence, h: int) -> bool:
        """The verb of inviting at token ``h`` invites to a place ("invited Kim to Moscow",
        "ha invitato Kim a Mosca", "a invité Kim à Moscou", "invited him to Russia"): a
        preposition of direction then a capital or a state within a few words, no verb
        between; an invitation to come, no appeal to act."""
        toks = s.tokens
        for k in range(h + 1, min(len(toks) - 1, h + 7)):
            if toks[k].fold in self.r.to_patient | {"to", "a", "in", "en"}:
                j = k + 1
                if toks[j].fold in _ARTICLE_WORDS | self.r.articles and j + 1 < len(toks):
                    j += 1
                m = self.mentions.at(toks[j].start)
                return m is not None and not m.agreement and (
                    m.kind == "capital" or _kind(self, m.target) == "state")
            if toks[k].text[:1].islower() and self._is_verb(toks[k]):
                return False
        return False

    def _host_from_first_fact(self, s: Sentence, events: list[FoundEvent]) -> None:
        """Two facts of one subject joined by "and", the second naming no place ("supplied
        Russia with shells and sent 10,000 troops", "ha rifornito Mosca di missili e inviato
        migliaia di soldati", "a approvisionné Moscou en missiles et a dépêché des
        soldats"): the troops go where the goods went, the first fact's recipient is the
        deployment's host. Not across a clause of its own (";", "while") nor with a place
        after the second verb ("and sent troops to the Kursk region")."""
        toks = s.tokens
        for ev in events:
            if ev.type != EventType.DEPLOYMENT or \
                    [r for _, r in ev.participants] != ["sender"]:
                continue
            sender = ev.participants[0][0]
            v = s.token_at(ev.trigger[0])
            first = next((e for e in events if e.type == EventType.SUPPLY and not e.partial
                          and e.trigger[0] < ev.trigger[0]
                          and (sender, "supplier") in e.participants), None)
            if first is None:
                continue
            u = s.token_at(first.trigger[0])
            between = toks[u + 1:v]
            ands = [k for k in range(u + 1, v) if toks[k].text.lower() in _AND]
            if len(ands) != 1 or any(t.fold in _CONTRAST for t in between) or \
                    ";" in self.text[toks[u].end:toks[v].start]:
                continue
            end = min(len(toks), v + 8)
            if any(t.fold in _REGIONS or t.fold in _REGION_NAMES for t in toks[v + 1:end]):
                continue
            host = next((a for a, r in first.participants if r == "recipient"), None)
            if host is None or host == sender:
                continue
            ev.participants.append((host, "host"))
            ev.partial = False

    def _unreported_negations(self, s: Sentence, events: list[FoundEvent]) -> None:
        """A contested fact told negated by who says it, with no verb of denial ("Peskov
        said that North Korean troops were not in Russia", "ha affermato che i soldati non
        si trovano in Russia", "a assuré qu'aucun soldat ne se trouvait en Biélorussie"),
        denies it only when it was reported before; else no event is told and the words are
        the speaker's statement (GUIDELINES). Turned into that statement here."""
        for ev in [e for e in events if e.negated and not e.claims]:
            # "North Korea had not sent any troops, Peskov told reporters" with no one found
            # to say it: a negated fact, no event
            events.remove(ev)
        if s.unquoted_hits(self.r.deny) or s.unquoted_hits(self.r.deny_words):
            return  # "denied sending troops", "called the reports unfounded": a denial
        for ev in events:
            if ev.type not in CONTESTED or not ev.claims or any(
                    c.certainty != "denied" for c in ev.claims) or self._told_before(ev, events):
                continue
            who = sorted(dict.fromkeys(a for c in ev.claims for a in c.asserted_by))
            if any(e.type == EventType.STATEMENT and {a for a, _ in e.participants} == set(who)
                   for e in events):
                ev.partial = True  # (the statement is told already: dropped below)
                ev.claims = []
                continue
            ev.type, ev.negated, ev.objects = EventType.STATEMENT, False, set()
            ev.participants = [(d, "speaker") for d in who]
            ev.claims = [FoundClaim("confirmed", who, (s.start, s.end),
                                    "a negated fact nobody had reported: the speaker's words")]

    def _told_before(self, ev: FoundEvent, here: list[FoundEvent]) -> bool:
        """The fact a negated event names was told before it: in an earlier sentence or
        not negated in this one ("Seoul says troops were sent; Peskov said North Korean
        troops were not in Russia": a denial of it)."""
        return any(_same_fact(ev, e) for e in self.result.events) or any(
            e is not ev and not e.negated and _same_fact(ev, e) for e in here)

    def _concerned(self, actor: str, ev: FoundEvent) -> bool:
        """Whether ``actor`` may deny ``ev`` told before: a participant, someone of a
        participant's state, or someone whose state the text does not tell."""
        def state(a: str) -> str | None:
            info = self.lexicon.actors.get(a)
            if info is not None:
                return a if info.kind == "state" else info.country
            new = self.result.new_actors.get(a)
            return new.country if new is not None else None
        mine = state(actor)
        if mine is None and actor not in self.lexicon.actors:
            return True
        sides = {a for a, _ in ev.participants}
        return actor in sides or mine in sides or mine in {state(a) for a in sides}

    def _sent_to_help(self, s: Sentence, out: list[FoundEvent]) -> list[FoundEvent]:
        """ "troops were sent to help Moscow", "inviati per aiutare Mosca": the help is the
        purpose of a deployment, whose host is the one helped."""
        sent = [i for r in self.r.events if r.type == EventType.DEPLOYMENT
                for i in s.hits(r.words)
                if s.tokens[i].fold not in r.needs.words and s.tokens[i].lemma not in r.needs.words]
        troops = [i for r in self.r.events if r.type == EventType.DEPLOYMENT
                  for i in s.hits(r.needs)]
        kept: list[FoundEvent] = []
        for ev in out:
            t = s.token_at(ev.trigger[0])
            # "sent soldiers to fight alongside", "envoyé 12 000 soldats combattre aux côtés
            # des forces russes": the sending's purpose, in its clause
            # (not what they began or went on doing: "ont commencé à combattre", "hanno
            # iniziato a combattere", "began to fight")
            began = t > 1 and s.tokens[t - 2].fold in _BEGIN
            # (a number of two tokens, "14 000", and an adverb may stand between: "a
            # envoyé depuis plus de 14 000 soldats combattre")
            purpose = t and s.tokens[t - 1].fold in _PURPOSE and not began or not began and any(
                0 < t - i <= 8 and not re.search(r"[,;]\s", self.text[s.tokens[i].end:
                                                                   s.tokens[t].start])
                and any(i < k < t for k in troops) for i in sent)
            if ev.type != EventType.MILITARY_ASSISTANCE or not t or not purpose or \
                    not any(i < t for i in sent):
                kept.append(ev)
                continue
            dep = FoundEvent(EventType.DEPLOYMENT,
                             [(a, "sender" if r == "provider" else "host")
                              for a, r in ev.participants],
                             ev.sentence, ev.trigger, ev.date, notes=ev.notes)
            if not any(o.type == EventType.DEPLOYMENT and set(o.participants) ==
                       set(dep.participants) for o in out):
                kept.append(dep)
        return kept

    def _object_relative(self, s: Sentence, trig: int, cands: list[_Candidate],
                         asserter_spans: set[tuple[int, int]]) -> tuple[str, str] | None:
        """ "talks with Chinese Foreign Minister Wang Yi, whom he urged to...", "Wang Yi,
        qu'il a exhorté à...": the name before the relative pronoun is the patient, the
        pronoun after it the main clause's subject (the sentence's first name)."""
        toks = s.tokens
        k = trig - 1
        while k > 0 and toks[k].fold in _AUXILIARIES | _ADVERBS:
            k -= 1
        if k < 2 or toks[k].fold not in self.r.subject_pronouns or \
                toks[k - 1].fold not in self.r.object_relatives or \
                "," not in self.text[toks[k - 2].end:toks[k - 1].start]:
            return None
        before = [c for c in cands if c.end <= toks[k - 2].end]
        if not before or self.text[before[-1].end:toks[k - 2].end].strip():
            return None
        antecedent = before[-1]
        lead = next((c for c in before[:-1] if c.kind not in ("source", "demonym")
                     and (c.start, c.end) not in asserter_spans
                     and self._paren_of(c.start) is None), None)
        if lead is None or lead.actor == antecedent.actor:
            return None
        return lead.actor, antecedent.actor

    def _charged_relative(self, s: Sentence, trig: int, cands: list[_Candidate],
                          asserter_spans: set[tuple[int, int]]) -> tuple[str, str] | None:
        """ "sanctions against North Korea, which it accuses of sending troops", "North
        Korea, which Seoul accuses of", "la Corea del Nord, che accusa di aver inviato",
        "la Corea del Nord, che Seul accusa di", "la Corée du Nord, que Séoul accuse de": an
        accusation or an appeal in a relative clause whose pronoun is its object: the name
        before the comma is accused (urged), the name after the pronoun accuses (urges), or
        with "it", "they" or no subject, the sentence's first name (session 15)."""
        toks = s.tokens
        k = trig - 1
        while k > 0 and (toks[k].fold in _AUXILIARIES | _ADVERBS or _is_adverb(toks[k])):
            k -= 1
        rel = {"en": {"which", "that", "whom"}, "it": {"che", "cui"},
               "fr": {"que", "qu"}}.get(self.b.language, set())
        subject: _Candidate | None = None
        if toks[k].fold in rel:
            r = k  # no subject: the Italian null subject
            if self.b.language != "it":
                return None
        elif k >= 1 and toks[k].fold in _IT_THEY | {"elle", "il", "ils", "elles"} and \
                toks[k - 1].fold in rel:
            r = k - 1
        else:
            named = next((c for c in cands if s.token_at(max(c.start, c.end - 1)) == k), None)
            if named is None:
                return None
            r = s.token_at(named.start) - 1
            if r < 1 or toks[r].fold not in rel:
                return None
            subject = named
        if r < 2 or "," not in self.text[toks[r - 1].end:toks[r].start]:
            return None
        before = [c for c in cands if c.end <= toks[r - 1].end]
        if not before or self.text[before[-1].end:toks[r - 1].end].strip():
            return None
        antecedent = before[-1]
        lead = subject or next((c for c in before[:-1] if c.kind not in ("source", "demonym")
                                and (c.start, c.end) not in asserter_spans
                                and (c.start, c.end) not in self._title_states
                                and self._paren_of(c.start) is None), None)
        if lead is None or lead.actor == antecedent.actor:
            return None
        return lead.actor, antecedent.actor

    def _joined(self, s: Sentence, trig: int, cands: list[_Candidate]) -> list[str]:
        """ "South Korea and Japan joined Washington in calling on China", "si sono uniti
        agli Stati Uniti nel chiedere": who joins and who is joined both do the act."""
        toks = s.tokens
        p = trig - 1
        if p < 1 or toks[p].fold not in self.r.join_preps:
            return []
        j = next((k for k in range(p - 1, max(p - 9, -1), -1)
                  if (toks[k].fold in self.r.join_words.words
                      or toks[k].lemma in self.r.join_words.words)
                  and toks[k].text.islower()), None)  # not "Stati Uniti"
        if j is None:
            return []
        joined = [c for c in cands if toks[j].end <= c.start < toks[p].start]
        subject = [c for c in cands if c.end <= toks[j].start
                   and j - s.token_at(c.end) <= 4 and c.kind != "source"]
        if not joined or not subject:
            return []
        group = self._coordinated(s, cands, subject[-1], forward=False)
        return list(dict.fromkeys(c.actor for c in [*reversed(group), *joined]))

    def _fronted_subject(self, s: Sentence, trig: int, ev: FoundEvent,
                         cands: list[_Candidate], converse: bool) -> None:
        """ "After landing in Pyongyang on Friday, Belousov held talks", "Arrivé vendredi à
        Pyongyang, le ministre ... a été reçu", "In visita a Mosca, la ministra Choe":
        a clause fronted before the sentence's first comma, with no subject of its own,
        has the main clause's subject (the first name after that comma). A passive
        participle with its agent ("Accusata da Kiev di ..., la Corea del Nord") makes
        that subject its patient."""
        toks = s.tokens
        first = next((k for k, t in enumerate(toks)
                      if t.start >= max(s.start, self.dateline_end)), None)
        if first is None or trig < first or trig - first > 2 and not (
                # "Durante la sua visita a", "Lors de sa visite à", "Au cours d'une
                # visite": articles, possessives and "de" between are no words of their own
                trig - first <= 4 and all(
                    t.fold in _ARTICLE_WORDS | self.r.articles | _POSSESSIVES | _GENITIVE
                    | _INDEFINITE | {"cours"} for t in toks[first + 1:trig])):
            return
        t0 = toks[first]
        if ev.type in MILESTONES or t0.fold not in self.r.subordinators | _FRONTING and (
                first != trig or not t0.text.lower().endswith(_PARTICIPLES)):
            return  # "Approved by the Duma, the pact was...": the subject is no actor
        if "," in self.text[t0.start:toks[trig].start]:
            return
        comma = self.text.find(",", toks[trig].end, s.end)
        if comma < 0 or any(t0.start <= c.start < toks[trig].start for c in cands):
            return
        passive = trig + 1 < len(toks) and toks[trig + 1].fold in _BY_WORDS and \
            not toks[trig].fold.endswith(_GERUNDS)
        role = ROLE_PAIRS[ev.type][int(passive != converse)]
        if any(r == role for _, r in ev.participants):
            return
        subject = next((c for c in cands if c.start > comma
                        and c.kind not in ("source", "demonym", "pronoun", "pair")
                        and toks[max(s.token_at(c.start) - 1, 0)].fold
                        not in _LOCATIVE.get(self.b.language, set()) | self.r.to_patient),
                       None)
        if subject is None or any(a == subject.actor for a, _ in ev.participants) or \
                s.token_at(subject.start) - s.token_at(comma) > 10:
            return
        ev.participants.append((subject.actor, role))

    def _place_left(self, s: Sentence, trig: int, ev: FoundEvent,
                    cands: list[_Candidate]) -> None:
        """A trip told by the place left ("Putin left Pyongyang on Thursday", "ha lasciato
        Pyongyang", "a quitté Pyongyang"): the place left is the host, unless a destination
        follows it ("left Moscow for Pyongyang", "ha lasciato Mosca alla volta di
        Pyongyang", "a quitté Moscou pour Pyongyang"), which is the host instead (the place
        set off from is home); never the visitor's own state."""
        toks = s.tokens
        if toks[trig].fold not in _LEAVE_WORDS:
            return
        hosts = [c for c in cands if c.start > toks[trig].end and (
            c.kind == "capital" or _kind(self, c.actor) == "state") and c.kind != "demonym"
            and s.token_at(c.start) - trig <= 3]
        if hosts:
            k = s.token_at(hosts[0].end - 1)
            dest = next((c for c in cands if k < s.token_at(c.start) <= k + 5
                         and (c.kind == "capital" or _kind(self, c.actor) == "state")
                         and c.kind != "demonym"
                         and _prev_word(s, c, self.r.title_words) in _DESTINATION
                         and not set(self.text[hosts[0].end:c.start]) & {",", ";"}), None)
            if dest is not None:
                ev.participants = [(a, r) for a, r in ev.participants if r != "host"]
                ev.participants.append((dest.actor, "host"))
        own = {self._state_of(a) for a, r in ev.participants if r == "visitor"} - {None}
        ev.participants = [(a, r) for a, r in ev.participants
                           if not (r == "host" and a in own)]

    def _object_relative_verb(self, s: Sentence, rule: EventRule, hits: list[int],
                              cands: list[_Candidate]) -> list[int]:
        """The troops or goods named first, then who sent them and the verb, in a relative
        clause without or with its pronoun ("the 11,000 soldiers North Korea sent to
        Russia", "the shells that Pyongyang shipped to Moscow", "i soldati che Pyongyang ha
        inviato in Russia", "les soldats que Pyongyang a envoyés en Russie"): the verb is the
        trigger, the name before it its subject (not the noun's object)."""
        toks = s.tokens
        h = hits[0]
        if toks[h].fold not in rule.needs.words and toks[h].lemma not in rule.needs.words:
            return hits
        k = h + 1
        if k < len(toks) and toks[k].fold in _OBJECT_RELATIVES:
            k += 1
        c = next((c for c in cands if s.token_at(c.start) == k and c.kind != "source"), None)
        if c is None:
            return hits
        v = s.token_at(c.end - 1) + 1
        while v < len(toks) and toks[v].fold in _AUXILIARIES | _PAST_AUX_EN:
            v += 1
        if v >= len(toks) or not toks[v].text.islower() or not (
                toks[v].fold in rule.words.words or toks[v].lemma in rule.words.words) or \
                toks[v].fold in rule.needs.words or set(self.text[toks[h].end:toks[v].start]) & {
                    ",", ";"}:
            return hits
        return [v, *[x for x in hits if x > v]]

    def _onward_to_region(self, s: Sentence, out: list[FoundEvent]) -> list[FoundEvent]:
        """Troops sent to a state and then on to a region of it, in one sentence ("sent
        11,000 troops to Russia, who were later deployed to the Kursk region", "ha inviato
        in Russia 11 mila soldati, che sono stati poi schierati nella regione di Kursk",
        "a déployé 10.000 soldats en Russie, dont une partie a été acheminée vers la région
        de Koursk", "to Russia, then on to Kursk"): two deployments, the region's with its
        sender alone (GUIDELINES, settled at the start of session 14: deployments to two
        places). Not a move negated, planned or possible, nor one to a region named with a
        state ("nella regione russa di Kursk": the same deployment)."""
        toks = s.tokens
        found: list[FoundEvent] = []
        for ev in out:
            if ev.type != EventType.DEPLOYMENT or ev.partial or ev.negated:
                continue
            senders = [a for a, r in ev.participants if r == "sender"]
            hosts = [a for a, r in ev.participants if r == "host"]
            if not senders or not hosts:
                continue
            host_m = [m for m in self._mentions_in(ev.trigger[1], s.end) if m.target in hosts]
            if not host_m:
                continue
            after = s.token_at(host_m[0].end - 1)
            onward = [k for k in self._sending_verbs(s) if after < k <= after + 12] + [
                k for k in range(after + 1, min(after + 4, len(toks)))
                if toks[k].fold in _THEN_ON]
            for k in onward:
                region = next((j for j in range(k + 1, min(k + 7, len(toks)))
                               if toks[j].fold in _REGIONS or toks[j].fold in _REGION_NAMES),
                              None)
                if region is None or set(self.text[toks[k].end:toks[region].start]) & {
                        ",", ";", ":"}:
                    continue
                end = min(region + 4, len(toks) - 1)
                if any(_kind(self, m.target) == "state" or m.kind == "capital"
                       for m in self._mentions_in(toks[k].end, toks[end].end)
                       if m.target not in senders and not m.agreement):
                    continue  # "nella regione russa di Kursk": the state's deployment
                if any(max(0, k - 5) <= j < k for j in s.hits(self.r.negation)
                       + s.hits(self.r.intent) + s.hits(self.r.future)
                       + s.hits(self.r.conditional)) or self._future_tense(s, k):
                    continue
                one = FoundEvent(EventType.DEPLOYMENT, [(a, "sender") for a in senders],
                                 (s.start, s.end), (toks[k].start, toks[k].end))
                if not any(set(o.participants) == set(one.participants)
                           for o in out + found if o.type == EventType.DEPLOYMENT):
                    self._live_hits.add(k)
                    found.append(one)
                break
        return found

    def _past_long_object(self, s: Sentence, rule: EventRule, trig: int,
                          c: _Candidate) -> bool:
        """The name ``c`` stands after a transfer's long object, right after its "to" or
        "from" ("handed over 170-millimetre self-propelled guns and 240-millimetre multiple
        rocket launchers to Moscow", "obtained more than 100 ballistic missiles from
        Pyongyang"): what the trigger needs is named between, in the same clause, with no
        comma, so the name is the transfer's side however far."""
        if rule.type not in _BETWEEN_STATES or not rule.needs:
            return False
        toks = s.tokens
        ci = s.token_at(c.start)
        if ci <= trig or toks[ci - 1].fold not in self.r.to_patient | self.r.to_agent \
                and _prev_word(s, c, self.r.title_words) not in \
                self.r.to_patient | self.r.to_agent:
            return False
        if set(self.text[toks[trig].end:c.start]) & {",", ";", ":"} or any(
                trig < b < ci for b in self._clause_bounds(s)):
            return False
        return any(trig < k < ci for k in s.hits(rule.needs)) and not any(
            self._is_verb(toks[k]) for k in range(trig + 1, ci)
            if toks[k].fold not in rule.needs.words and toks[k].lemma not in rule.needs.words
            and not toks[k].text[:1].isdigit())

    def _speaker_visiting(self, s: Sentence, trig: int, ev: FoundEvent) -> None:
        """ "Speaking during a visit to Pyongyang, Putin said", "Lavrov said during a visit
        to Pyongyang that", "Parlando durante una visita a Pyongyang, Lavrov ha detto", "S'
        exprimant lors d'une visite à Pyongyang, Lavrov a déclaré", "En visite à Pyongyang,
        Lavrov a déclaré": a visit in a phrase of time around the verb of saying, outside
        what is said, is the speaker's, told by the text (session 14, round 2)."""
        toks = s.tokens
        visitors = [a for a, r in ev.participants if r == "visitor"]
        if trig + 1 < len(toks) and toks[trig].fold in {"en", "in"} and \
                toks[trig + 1].fold in _TRAVEL_NOUNS:
            trig += 1  # ("En visite à", "In visita a": the phrase's trigger)
        elif trig + 2 < len(toks) and toks[trig].fold == "on" and \
                toks[trig + 2].fold in _TRAVEL_NOUNS:
            trig += 2  # ("On a visit to": the phrase's trigger)
        if len(visitors) > 1 or toks[trig].fold not in _TRAVEL_NOUNS or not self.cue_subjects:
            return
        k = trig - 1
        while k >= 0 and trig - k <= 4 and (
                toks[k].fold in _ARTICLE_WORDS | self.r.articles | _POSSESSIVES | _INDEFINITE
                | _GENITIVE) and toks[k].fold not in _DURING:
            k -= 1
        # ("En visite à", "In visita a": the noun with no article after "en", "in")
        if k < 0 or not (toks[k].fold in _DURING or toks[k].fold == "on"
                         or k == trig - 1 and toks[k].fold in {"en", "in"}):
            return
        for v, subject in self.cue_subjects:
            if _kind(self, subject.actor) != "person" or s.quoted(subject.start) or \
                    s.quoted(toks[trig].start):
                continue
            # outside what is said: before the verb, or between it and its "that"
            said_from = next((j for j in range(v + 1, len(toks))
                              if toks[j].fold in _COMPLEMENTIZERS), len(toks))
            if not (trig < v or trig < said_from and v < k):
                continue
            if trig < v and subject.start > toks[trig].start and \
                    "," not in self.text[toks[trig].end:subject.start]:
                continue  # ("During a visit by X, Y said": the visit's own visitor)
            if visitors and visitors != [subject.actor]:
                return
            if not visitors:
                ev.participants.insert(0, (subject.actor, "visitor"))
            ev.unreported = ev.speaker_trip = True
            # what is said begins at the verb of saying after the trip, or at its "that"
            self._trip_said_from = toks[v].start if trig < v else toks[said_from].start \
                if said_from < len(toks) else toks[k].end
            ev.notes.append(f"review: {subject.actor}, who speaks, taken to be the visitor")
            return

    def _visit_during(self, s: Sentence, trig: int, ev: FoundEvent,
                      cands: list[_Candidate]) -> None:
        """A visit told by its noun in a phrase of time after the main clause ("Belousov met
        Kim during a visit to Pyongyang", "held talks with Kim in Pyongyang during a surprise
        visit", "ha incontrato Choe durante la sua visita a Mosca", "a rencontré Choe lors
        d'une visite à Moscou"): the visitor is the main clause's subject, not the object
        named nearest before the noun; with no place after the noun, the capital or state
        where the main clause happens ("in Pyongyang", "a Pyongyang", "à Pyongyang") is
        the host."""
        toks = s.tokens
        k = trig - 1
        while k > 0 and trig - k <= 4 and (
                toks[k].fold in _ARTICLE_WORDS | self.r.articles | _POSSESSIVES | _INDEFINITE
                | _GENITIVE or toks[k].text.isdigit() or toks[k].text.islower()
                and toks[k].fold not in _DURING and not self._is_verb(toks[k])) and \
                not set(self.text[toks[k].end:toks[k + 1].start]) & {",", ";"}:
            k -= 1
        if k <= 0 or toks[k].fold not in _DURING or \
                set(self.text[toks[k].end:toks[trig].start]) & {",", ";"}:
            return
        if "," in self.text[s.start:toks[k].start] and not any(
                c.start < toks[k].start and "," not in self.text[c.end:toks[k].start]
                for c in cands):
            return  # a clause of its own before, the subject is not sure
        people = [c for c in cands if c.start < toks[k].start and c.kind not in (
            "source", "demonym", "pronoun", "pair") and _kind(self, c.actor) == "person"
            and (c.start, c.end) not in self._asserter_spans
            and self._paren_of(c.start) is None]
        if not people:
            return
        subject = people[0]
        if self._state_of(subject.actor) in {a for a, r in ev.participants if r == "host"} \
                or any(t.fold in _POSSESSIVES for t in toks[k + 1:trig]):
            # "Kim met Lavrov during his visit to Pyongyang", "Putin met Choe during her
            # visit": whose the visit is, the possessive does not say
            return
        visitors = [a for a, r in ev.participants if r == "visitor"]
        if visitors and visitors != [subject.actor] and any(
                c.actor in visitors and c.start > subject.start for c in people):
            ev.participants = [(a, r) for a, r in ev.participants if r != "visitor"]
            ev.participants.insert(0, (subject.actor, "visitor"))
        elif not visitors:
            ev.participants.insert(0, (subject.actor, "visitor"))
        if not any(r == "host" for _, r in ev.participants):
            place = next((c for c in cands if subject.start < c.start < toks[k].start
                          and _prev_word(s, c, self.r.title_words)
                          in _LOCATIVE.get(self.b.language, set())
                          and (c.kind == "capital" or _kind(self, c.actor) == "state")
                          and c.kind != "demonym"), None)
            if place is not None and place.actor != self._state_of(subject.actor):
                ev.participants.append((place.actor, "host"))

    def _implicit_agent(self, s: Sentence, trig: int, ev: FoundEvent,
                        converse: bool = False) -> None:
        """ "North Korea confirmed that it had sent troops", "Pyongyang aveva ammesso di
        aver inviato soldati", "Russia denied receiving shells": the one who confirms (or
        denies) did it (or, with a converse verb, is who received)."""
        for i, subject in self.cue_subjects:
            # (and the words right after a troop noun: "that troops it sent")
            between = " " + " ".join(t.fold for t in s.tokens[i + 1:trig + 3]) + " "
            # "denied receiving", "admitted ever sending": a gerund right after the verb
            gerund = 0 < trig - i <= 3 and s.tokens[trig].fold.endswith(_GERUNDS) and all(
                t.fold in _ADVERBS | _IMPLICIT_FILLERS for t in s.tokens[i + 1:trig])
            # "confirmed that its soldiers had fought": its owner did it, when the one who
            # says so is no person ("ha negato che il suo Paese abbia ricevuto": his
            # country, not the ambassador)
            person = _kind(self, subject.actor) == "person"
            if 0 < trig - i <= 14 and (gerund or any(
                    f" {p} " in between for p in self.r.implicit_subject.phrases
                    if not (person and set(p.split()) & _POSSESSIVES)) or any(
                    t.fold in self.r.implicit_subject.words for t in s.tokens[i + 1:trig])) \
                    and subject.kind != "anaphor" and \
                    subject.actor not in {a for a, _ in ev.participants}:
                ev.participants.insert(0, (subject.actor, ROLE_PAIRS[ev.type][int(converse)]))
                ev.notes.append(f"review: {subject.actor}, who says so, taken to be who did it")
                return

    def _word_before_title(self, s: Sentence, c: _Candidate) -> str:
        """The word before a name and its whole title ("told North Korean leader Kim",
        "con il ministro degli Esteri della Corea del Nord Choe Son Hui"): "told", "con"."""
        j = self._word_before_title_at(s, c)
        return s.tokens[j].fold if j >= 0 else ""

    def _word_before_title_at(self, s: Sentence, c: _Candidate) -> int:
        """The token of the word `_word_before_title` returns (-1 when none)."""
        j = s.token_at(c.start) - 1
        while j >= 0 and c.start - s.tokens[j].start < 120 and (
                # "le secrétaire américain à la Défense Lloyd Austin": a portfolio's
                # preposition inside the title, after its state or a word of it
                self._portfolio_prep(s, j) and j > 0 and (
                    self.mentions.at(s.tokens[j - 1].start) is not None
                    or s.tokens[j - 1].fold in self.r.title_words)
                or s.tokens[j].fold not in self.r.spoken_to and (
                    s.tokens[j].fold in _ARTICLE_WORDS | _GENITIVE | self.r.title_words
                    | self.r.articles or s.tokens[j].fold in self.r.titles
                    # "told his North Korean counterpart Choe", "a dit à son homologue"
                    or s.tokens[j].fold in _TITLE_POSSESSIVES
                    or s.tokens[j].text[:1].isupper()
                    or self.mentions.at(s.tokens[j].start) is not None)):
            j -= 1
        return j

    def _after_noun(self, s: Sentence, c: _Candidate) -> bool:
        """The word before name c's title follows a common noun ("il trattato con", "the
        talks with"), not a verb, a name or an auxiliary ("ha detto Lavrov a", "told")."""
        j = self._word_before_title_at(s, c)
        if j < 1:
            return False
        prev = s.tokens[j - 1]
        cues = {i for i, _ in self.cue_subjects} | set(self.stance_cues)
        if any(t.fold in _MESSAGES for t in s.tokens[max(0, j - 5):j]):
            return False  # "in a message of thanks to Kim", "in un messaggio inviato a"
        return prev.text.islower() and j - 1 not in cues and prev.fold not in (
            _AUXILIARIES | _PASSIVE_AUX | _ADVERBS | _MID_ADVERBS | self.r.articles) and \
            not any(d.start <= prev.start - s.start < d.end
                    for d in find_dates(s.text, self.b.language, None))

    def _addressed(self, s: Sentence, c: _Candidate, owner: bool = False) -> bool:
        """ "told Choe", "warned Washington against", "ha detto ai giornalisti", "thanked
        Japan": the name is whom a speaker addresses, right after his verb (not "said the
        pact with North Korea"). "told South Korea's KBS television": the outlet, not its
        owner."""
        if not owner and re.match(r"['’]s\b", self.text[c.end:c.end + 3]):
            return False  # the owner of whom is addressed
        own = re.search(r"['’]s\s+$", self.text[max(0, c.start - 4):c.start])
        if own is not None:
            m = self.mentions.at(max(0, c.start - 4) + own.start() - 1)
            if m is not None:
                return self._addressed(s, _Candidate(m.target, m.start, m.end, "name"), True)
        j = self._word_before_title_at(s, c)
        if j >= 0 and s.tokens[j].fold not in self.r.spoken_to | _WARNED:
            # "a remercié jeudi la Corée du Sud": a date between the verb and the name
            dates = find_dates(s.text, self.b.language, None)
            while j >= 0 and any(d.start <= s.tokens[j].start - s.start < d.end
                                 for d in dates):
                j -= 1
        if c.kind == "demonym" and j > 1 and (
                s.tokens[j].fold in self._troop_nouns()) and \
                s.tokens[j - 1].fold in _ARTICLE_WORDS | self.r.articles:
            # "ha ringraziato i militari nordcoreani", "a remercié les soldats nord-coréens":
            # troops thanked by their state's adjective after them: that state is addressed
            # (as "thanked the North Korean soldiers")
            j -= 2
        if j > 0 and s.tokens[j].text.lower() in _AND and (
                m := self.mentions.at(s.tokens[j - 1].start)) is not None and \
                not m.agreement and m.end <= s.tokens[j].start:
            # "ha messo in guardia Stati Uniti, Corea del Sud e Giappone", "warned the United
            # States, South Korea and Japan": the last of a list joined by "and" is addressed
            # as the name before it is
            return self._addressed(s, _Candidate(m.target, m.start, m.end, "name"), owner)
        if j < 0 or s.tokens[j].fold not in self.r.spoken_to | _WARNED:
            return False
        if any(t.fold in _MESSAGES for t in s.tokens[max(0, j - 5):j]):
            return True  # "in un messaggio inviato ieri al presidente Putin"
        if s.tokens[j].fold in _COMITATIVE and self._after_noun(s, c):
            return False  # "said relations with North Korea were...": no one spoken to
        cues = {i for i, _ in self.cue_subjects} | set(self.stance_cues)
        return s.tokens[j].fold in _WARNED or any(j - k in cues for k in (0, 1, 2))

    def _what_is_said(self, s: Sentence, bare: bool = False) -> list[tuple[int, int]]:
        """The spans of what the speakers of a sentence say: after the first speaker
        ("Lavrov said the treaty..."), or before a verb of saying whose subject follows it
        after a comma ("La Russie a tiré ... missiles, a affirmé Kostine"). With ``bare``
        only a clause opened right after the verb without "that" ("said the pact with North
        Korea had..."), where a name is what is said, not whom it is said to."""
        out: list[tuple[int, int]] = []
        stance = {c.actor for c in self.stance_speakers}
        speakers = [c for c in self.speakers if c.actor not in stance]
        if speakers and not bare:
            start = min(c.start for c in speakers) + 1
            # "said in a statement carried by KCNA that Seoul would...": what is said opens
            # at "that" after the speaker's verb, not at the words before it
            cue = min((i for i, c in self.cue_subjects if c in speakers
                       and s.tokens[i].start > start), default=None)
            if cue is not None:
                that = next((k for k in range(cue + 1, min(cue + 12, len(s.tokens)))
                             if s.tokens[k].fold in _COMPLEMENTIZERS
                             and not s.quoted(s.tokens[k].start)), None)
                # (no finite verb between: "said the missiles had been used in an attack
                # that killed" has a relative "that")
                if that is not None and "," not in self.text[
                        s.tokens[cue].end:s.tokens[that].start] and not any(
                        t.fold in self.r.past_auxiliaries | _COPULAS | _MODALS
                        and t.text not in ("à", "e") for t in s.tokens[cue + 1:that]):
                    start = s.tokens[that].start
                # "Lavrov, who arrived in Pyongyang on Friday, said ...", "Lavrov, arrivato
                # venerdì a Pyongyang, ha detto": an aside between commas after the speaker
                # is no part of what he says
                first = min((c.end for c in speakers if s.tokens[cue].start > c.start),
                            default=None)
                if first is not None and start < s.tokens[cue].start:
                    gap = self.text[first:s.tokens[cue].start]
                    # (not who quotes him: ", quoted by KCNA,", ", citing ...,")
                    if gap.lstrip().startswith(",") and gap.rstrip().endswith(",") and \
                            gap.count(",") >= 2 and not any(
                                t.fold in _QUOTED or t.fold in self.r.according_to.words
                                for t in s.tokens if first <= t.start < s.tokens[cue].start):
                        start = s.tokens[cue].end
            out.append((start, s.end))
        for i, subject in self.cue_subjects:
            if subject not in speakers:
                continue
            verb = s.tokens[i]
            if bare:
                nxt = s.tokens[i + 1] if i + 1 < len(s.tokens) else None
                if subject.start < verb.start and nxt is not None and \
                        verb.fold not in self.r.spoken_to and \
                        nxt.fold in self.r.articles | _ARTICLE_WORDS | _DETERMINERS and \
                        self.text[verb.end:nxt.start] == " ":
                    out.append((nxt.start, s.end))
                continue
            first = i
            while first > 0 and s.tokens[first - 1].fold in _AUXILIARIES:
                first -= 1
            head = min(subject.start, s.tokens[first].start)
            if subject.start < verb.start:
                # "..., the Russian Foreign Ministry said", "..., Prosecutor General X said":
                # the subject's title and article back to a comma
                j = s.token_at(subject.start)
                while j > 0 and "," not in self.text[s.tokens[j - 1].end:s.tokens[j].start] \
                        and (s.tokens[j - 1].fold in _ARTICLE_WORDS | self.r.articles
                             | self.r.title_words or s.tokens[j - 1].text[:1].isupper()
                             # ("..., North Korea's official KCNA news agency reported": the
                             # outlet's words and its state's adjective, GUIDELINES s15)
                             or _kind(self, subject.actor) == "media"
                             and s.tokens[j - 1].fold in _OUTLET_WORDS):
                    j -= 1
                head = s.tokens[j].start
            if self.text[:head].rstrip().endswith(","):
                out.append((max(s.start, self.dateline_end), head))
        # "Seoul said it regretted the deal, while Beijing declined to comment": what is said
        # ends where a clause of another subject opens (", while", ", mentre", "; ")
        ends = [s.tokens[k].start for k in range(1, len(s.tokens))
                if ";" in self.text[s.tokens[k - 1].end:s.tokens[k].start]
                or s.tokens[k].fold in _CONTRAST
                and "," in self.text[s.tokens[k - 1].end:s.tokens[k].start]]
        return [(a, min([e for e in ends if e > a] + [b])) for a, b in out]

    def _none_of_them(self, s: Sentence) -> list[int]:
        """Negative determiners ("no", "alcun", "aucun") before the troops or arms a
        contested fact needs, within a few words ("no North Korean soldiers"), with no verb
        of that fact in the sentence: what is said denies that there were any."""
        r = self.r
        if not r.negative_determiners:
            return []
        needs, verbs = _contested_words(r)
        toks = s.tokens
        if any(t.fold in verbs or t.lemma in verbs for t in toks):
            return []
        # ("no North Korean soldiers", "aucun soldat"; "the troops were not in Russia",
        # "i soldati non sono in Russia": a negation after them, before where they are)
        return [k for k, t in enumerate(toks) if t.fold in r.negative_determiners
                and any(u.fold in needs or u.lemma in needs for u in toks[k + 1:k + 4])
                # ("alcun accordo militare", "aucun accord militaire": the noun after the
                # determiner is another thing, the troops' word its adjective)
                and not self._other_noun_first(toks, k, needs)
                or t.fold in r.negation.words and t.text.islower()
                and any(u.fold in needs or u.lemma in needs for u in toks[max(0, k - 3):k])
                and any(u.fold in _LOCATIVE.get(self.b.language, ())
                        for u in toks[k + 1:k + 4])]

    def _other_noun_first(self, toks: list[Token], k: int, needs: frozenset[str]) -> bool:
        """In Italian and French (the noun before its adjective), the word right after the
        negative determiner at k is a common noun that is no troops or arms word ("alcun
        accordo militare", "aucun accord militaire"): what is negated is that noun."""
        if self.b.language not in ("it", "fr") or k + 1 >= len(toks):
            return False
        u = toks[k + 1]
        return u.text.islower() and u.text.isalpha() and u.fold not in needs \
            and u.lemma not in needs and u.fold not in _BEFORE_NOUN_ADJECTIVES

    def _feeling_about(self, s: Sentence, k: int, within: int = 6) -> bool:
        """Token k follows a word of worry and its preposition within a few words
        ("concerned about the growing", "preoccupato per i legami", "inquiet de la")."""
        toks = s.tokens
        for j in range(max(0, k - within), k):
            if toks[j].fold in _FEELINGS | _WORRIED and any(
                    t.fold in _ABOUT for t in toks[j + 1:k]):
                return True
        return False

    def _after_that(self, s: Sentence, a: int) -> bool:
        """The quotation opening at offset a follows "that", "che", "que" within a few
        words of its clause ("aggiungendo che le truppe «sono già al fronte»")."""
        k = s.token_at(a)
        j = k - 1
        while j >= 0 and k - j <= 4 and "," not in self.text[s.tokens[j].end:s.tokens[j + 1].start
                                                              if j + 1 < len(s.tokens) else a]:
            if s.tokens[j].fold in _COMPLEMENTIZERS:
                return True
            j -= 1
        return False

    def _participle_modifier(self, s: Sentence, k: int) -> bool:
        """Token k is a past participle of an event's verb right after the troops or arms
        it qualifies, their state's adjective between ("soldiers sent to Kursk", "soldati
        nordcoreani inviati", "soldats nord-coréens envoyés"), no verb with an auxiliary."""
        t = s.tokens[k]
        if k == 0 or not t.text.islower() or not t.fold.endswith(self.r.participle_endings) \
                or not (t.fold in self._verbs or t.lemma in self._verbs) or t.fold in self._nouns:
            return False
        j = k - 1
        while j > 0 and k - j <= 4 and s.tokens[j].fold not in self._nouns and \
                s.tokens[j].lemma not in self._nouns and (
                    self.mentions.at(s.tokens[j].start) is not None
                    or s.tokens[j].text[:1].isupper()):
            j -= 1  # "North Korean", "nord-coréens": the state's adjective
        return (s.tokens[j].fold in self._nouns or s.tokens[j].lemma in self._nouns) and \
            not self.text[s.tokens[k - 1].end:t.start].strip()

    def _stance_apart(self, s: Sentence, told: list[FoundEvent],
                      cands: list[_Candidate]) -> bool:
        """Every fact told stands after "and" and a verb of its own that follow the stance
        ("expressed concern and urged Moscow to...", "a salué ... et a appelé")."""
        if not self.stance_cues:
            return False
        first = min(self.stance_cues)
        toks = s.tokens

        def verb_after_and(k: int) -> bool:
            j = k + 1
            while j < len(toks) and toks[j].fold in _ADVERBS | _MID_ADVERBS | _CLITICS:
                j += 1
            return j < len(toks) and toks[j].text.islower() and (
                toks[j].fold in _AUXILIARIES - _AND or toks[j].fold in self._verbs
                or toks[j].lemma in self._verbs)

        # "Lavrov ha elogiato il coraggio dei soldati nordcoreani inviati a Kursk", "praised
        # the courage of North Korean soldiers sent to Kursk": a fact told by a participle
        # in what the stance is about is background; the stance is a declaration too
        # ("Nel corso dei colloqui con Choe, Lavrov ha elogiato...", "During talks with
        # Choe, Lavrov praised...": a meeting in an adjunct opening the sentence is told
        # beside the stance)
        opening = s.token_at(max(s.start, self.dateline_end))
        adjunct = opening < len(toks) and toks[opening].fold in _OPENING_ADJUNCT
        if self.r.participle_endings and all(
                e.type in CONTESTED and s.token_at(e.trigger[0]) > first and any(
                    # (the trigger or the participle after its noun: "soldiers sent")
                    self._participle_modifier(s, k) for k in range(
                        s.token_at(e.trigger[0]), min(len(toks), s.token_at(e.trigger[0]) + 5)))
                or adjunct and e.type == EventType.MEETING and e.trigger[0] < toks[first].start
                and (comma := self.text.find(",", e.trigger[0], toks[first].start)) >= 0
                and all(c.start > comma for c in self.speakers)
                for e in told):
            return True
        # "held talks with Kim Jong Un, who hailed the alliance": a stance in a relative
        # clause after the facts told, of its own subject
        # (naming nobody after it: "Kishida, che ha promesso nuovi aiuti a Kiev" promises
        # a fact left out)
        if all(s.token_at(e.trigger[0]) < first for e in told) and \
                self._relative_subject(s, [], first) is None and not any(
                    c.start > toks[first].start and c.kind not in ("source", "pair")
                    for c in cands) and any(
                    s.token_at(e.trigger[0]) < k < first and toks[k].fold in self.r.relatives
                    and toks[k].fold not in self.r.object_relatives
                    and "," in self.text[toks[k - 1].end:toks[k].start]
                    for e in told for k in range(1, len(toks))):
            return True
        return all(any(first < k < s.token_at(e.trigger[0]) and toks[k].fold in _AND
                       and verb_after_and(k) for k in range(len(toks))) for e in told)

    def _said_after_facts(self, s: Sentence, told: list[FoundEvent]) -> bool:
        """A verb of saying or of a stance right after "and" (its auxiliary and adverbs
        between) follows every fact told: "met Choe and said", "e ha definito", "et a
        déclaré". The facts are told by the first verb, the words said by the second."""
        toks = s.tokens
        if all(e.speaker_trip for e in told):
            # "Speaking during a visit to Pyongyang, Putin said", "Lavrov said during a
            # visit to Pyongyang that": the speaker's trip beside his words
            self._said_from = self._trip_said_from
            return True
        skip = (_AUXILIARIES - _AND) | _ADVERBS | _MID_ADVERBS | _CLITICS
        last = max(s.token_at(e.trigger[0]) for e in told)
        first = min(e.trigger[0] for e in told)
        # "met Choe Son Hui, who said ...", "ha incontrato Choe, che ha dichiarato": the
        # one who speaks in the relative clause opened after his name, past every fact
        if self.speakers and all(c.start > toks[last].end
                                 and self._speaks_in_relative(s, c, last)
                                 for c in self.speakers):
            cues = sorted(i for i in {i for i, _ in self.cue_subjects} | set(self.stance_cues)
                          if toks[i].start > max(c.end for c in self.speakers))
            if cues:
                self._said_from = toks[cues[0]].start
                return True
        # "After meeting Choe, Lavrov said ...", "Dopo l'incontro con Choe, Lavrov ha
        # detto": the facts told in a clause opening the sentence, closed by a comma before
        # the one who speaks and his verb
        opening = s.token_at(max(s.start, self.dateline_end))
        if self.speakers and (toks[opening].fold in self.r.subordinators
                              or toks[opening].fold in _TIME_PREPS) and \
                s.token_at(first) <= opening + 5:
            comma = self.text.find(",", toks[last].end, s.end)
            lead = min(c.start for c in self.speakers)
            cues = sorted(i for i in {i for i, _ in self.cue_subjects} | set(self.stance_cues)
                          if toks[i].start > lead)
            if comma >= 0 and comma < lead and cues and not any(
                    t.text[:1].isupper() or t.fold in self.r.articles
                    for t in toks if comma < t.start < lead):
                self._said_from = toks[cues[0]].start
                return True
        # "Putin accepted an invitation ... when the two men met in September, and the
        # ministry said preparations were under way", "..., e il ministero ha detto", "...,
        # et le ministère a indiqué": a clause of its own after ", and", past every fact,
        # whose speaker opens it, says its words beside those facts (session 15)
        sides = {a for e in told for a, _ in e.participants}
        if self.speakers and not any(c.actor in sides for c in self.speakers):
            # (not the sides of the facts: "..., and the two ministers pledged to deepen")
            lead = min(c.start for c in self.speakers)
            joins = [j for j in range(last + 1, len(toks)) if toks[j].text.lower() in _AND
                     and toks[j].end <= lead and "," in self.text[toks[j - 1].end:toks[j].start]]
            if joins and not any(toks[k].text[:1].isupper() is False
                                 and toks[k].fold not in self.r.articles | _ARTICLE_WORDS
                                 | _DETERMINERS and self.mentions.at(toks[k].start) is None
                                 and toks[k].fold not in self.r.title_words
                                 for k in range(joins[-1] + 1, s.token_at(lead))):
                self._said_from = toks[joins[-1]].start
                return True
        # (the one who speaks is the subject of the facts' verb, before them: not "ha
        # accusato Pyongyang di aver inviato a Mosca armi e ha annunciato sanzioni" read
        # as Moscow's words)
        if not self.speakers or any(c.start > first for c in self.speakers):
            return False
        for i in sorted({i for i, _ in self.cue_subjects} | set(self.stance_cues)):
            if s.quoted(toks[i].start) or not toks[i].text.islower():
                continue
            j = i - 1
            while j > last and toks[j].fold in skip:
                j -= 1
            if j > last and toks[j].fold in _AND and \
                    "," not in self.text[toks[j - 1].end:toks[j].start]:
                self._said_from = toks[j].start
                return True
        return False

    def _declared_outside_model(self, s: Sentence, said: list[tuple[int, int]],
                                quotation: bool, told: list[FoundEvent],
                                quoted_fact: bool) -> bool:
        """A named speaker's verb of saying ("said", "ha aggiunto", "a affirmé", any tense)
        opens a clause of its own ("said that...", "..., a affirmé X") that tells no event
        of the model: no live trigger in it (none at all, or only facts possible, planned
        or negated, or soldiers' fate: "killed", "captured"), none drafted in the sentence,
        no quotation, no denial, no confirmation; not the two told of before ("the two
        discussed ..."). An unnamed source ("the monitors", "South Korean lawmakers") and an
        "according to" are no such speaker."""
        # (a visit or meeting with one side only, "Kim visited a munitions factory", is
        # none of the model's: it is left out, and its trigger tells no event)
        one_sided = [e for e in told if e.partial and e.type in (EventType.VISIT,
                                                                 EventType.MEETING)]
        told = [e for e in told if e not in one_sided]
        if quotation or told or quoted_fact or self.denial or not said or not self.speakers:
            return False
        if not any(c.kind != "source" and _kind(self, c.actor) not in ("group", None)
                   for c in self.speakers):
            return False
        # (a clause told before the verb of saying is one: "Kim did not attend the talks,
        # KCNA added", "Ukrainian forces clashed with ..., Umerov told KBS"; so is a past
        # infinitive after it: "affirment avoir tué", "ha detto di aver perso")
        speaker_at = min(c.start for c in self.speakers)
        before = any(b <= speaker_at and len(_WORD.findall(self.text[a:b])) >= 3
                     for a, b in said)
        infinitive = any(t.fold in _PAST_INFINITIVES and any(a <= t.start < b for a, b in said)
                         for t in s.tokens)
        # (or a verb in a past tense: "said North Korean workers built a bridge")
        if not (before or infinitive or self._said_is_clause(s, said)
                or not self._confirms_in(s, said) and self._tells_past(s, said)):
            return False
        # ("the two discussed ...": what they did, a fact; not "les deux pays mèneraient des
        # manœuvres", only to come)
        # ("mèneraient", "terrebbero": the future of a past verb of saying)
        r = self.r
        conditional = bool(r.conditional_endings) and any(
            t.text.islower() and len(t.fold) > 6 and t.fold.endswith(r.conditional_endings)
            and t.fold not in r.conditional_not and any(a <= t.start < b for a, b in said)
            for t in s.tokens)
        if self._retold(s, said) and not self._said_negated(s, said) and not (
                (self._only_possible(s, said) or conditional) and not self._tells_past(s, said)):
            return False
        cues = {i for i, _ in self.cue_subjects} | set(self.stance_cues)
        live = self._live_hits - self._dead_hits - cues - {
            s.token_at(e.trigger[0]) for e in one_sided}
        return not any(a <= s.tokens[k].start < b for k in live for a, b in said)

    def _confirms_in(self, s: Sentence, said: list[tuple[int, int]]) -> bool:
        """A verb of confirming or denying other than the verb of saying stands in what is
        said ("said Washington could not confirm the transfers")."""
        r = self.r
        cues = {i for i, _ in self.cue_subjects} | set(self.stance_cues)
        return any(a <= s.tokens[k].start < b for k in (set(s.hits(r.confirm))
                                                        | set(s.hits(r.deny))) - cues
                   for a, b in said)

    def _said_is_clause(self, s: Sentence, said: list[tuple[int, int]]) -> bool:
        """What is said is a clause of its own ("said that...", "told reporters the United
        States was..."), not the object of the verb ("a annoncé de nouvelles sanctions"), and
        confirms or denies nothing ("could not confirm the transfers")."""
        r = self.r
        cues = {i for i, _ in self.cue_subjects} | set(self.stance_cues)
        if set(s.hits(r.confirm)) | set(s.hits(r.deny)) - cues and any(
                a <= s.tokens[k].start < b for k in set(s.hits(r.confirm)) | set(s.hits(r.deny))
                for a, b in said):
            return False
        verbs = r.past_auxiliaries | _COPULAS | _COMPLEMENTIZERS | _MODALS | r.future.words \
            | r.conditional.words
        for k, t in enumerate(s.tokens):
            if not any(a <= t.start < b for a, b in said) or k in cues or any(
                    c - k in (1, 2) for c in cues):
                continue  # the verb of saying and its auxiliaries
            if t.fold in verbs and t.text not in ("à", "e"):
                return True
            # "said the region needed calm", "said Moscow wanted peace": a verb in a past
            # tense right after its subject (not an adjective after an article: "the
            # alleged transfers")
            if t.text.islower() and k > 0 and (
                    t.fold in r.state_participles | r.past_forms
                    or self.b.language == "en" and t.fold.endswith("ed") and len(t.fold) > 4) \
                    and k - 1 not in cues and s.tokens[k - 1].fold not in (
                        r.articles | _DETERMINERS | _ARTICLE_WORDS | _QUOTE_PREPOSITIONS
                        | _COMPLEMENTIZERS | _NOT_SUBJECTS) \
                    and not s.tokens[k - 1].fold.endswith("ly"):
                return True
        return False

    def _tells_past(self, s: Sentence, said: list[tuple[int, int]],
                    affirmed: bool = False) -> bool:
        """What is said has a verb in a past tense (it tells a fact): an auxiliary of the
        past then a participle ("had sent", "sono stati trasferiti", "ont été envoyés"; not
        a state of mind, "was concerned", "è preoccupato"), or a past form ("shipped",
        "sent"). Verbs of saying and stances ("regretted") tell no fact. A language with
        no such words tells a fact whenever names are said (as before)."""
        r = self.r
        if not r.past_auxiliaries:
            return True
        toks = s.tokens
        speech = set(s.hits(r.report)) | set(s.hits(r.stance)) | set(s.hits(r.confirm)) \
            | set(s.hits(r.deny))

        def participle(j: int) -> bool:
            t = toks[j]
            # ("les liens sont solides": "-es" without its accent is no "-és"; session 14)
            plain_e = self.b.language == "fr" and t.fold.endswith(("e", "es")) and \
                not t.text.lower().endswith(("é", "ée", "és", "ées"))
            return t.text.islower() and t.fold.endswith(r.participle_endings) \
                and t.fold not in r.state_participles and j not in speech and not plain_e

        if affirmed and any(
                any(a <= t.start < b for a, b in said)
                and (t.fold in r.negation.words or t.fold in r.negative_determiners)
                for t in toks):
            return False  # ("had never supplied", "no agreements had been signed")
        # ("called the treaty, which took effect on Dec. 4, a threat": the past of a relative
        # clause between commas is the noun's, not what is said)
        asides = self._relative_asides(s)
        for k, t in enumerate(toks):
            if not any(a <= t.start < b for a, b in said) or not t.text.islower() \
                    or k in self._past_ignored or any(a <= t.start < b for a, b in asides):
                continue
            if affirmed and k > 0 and self.text[toks[k - 1].end:t.start] == "-":
                continue  # ("US-supplied missiles": an adjective)
            if self._supposed_verb(s, k):
                continue  # ("could be sent within weeks", "if they entered Ukraine")
            if (t.fold in r.past_forms or self.b.language == "en" and t.fold.endswith("ed")
                    # ("a statement carried by KCNA": a participle, no past)
                    and not (k + 1 < len(toks) and toks[k + 1].fold == "by")
                    and t.fold not in _COPULAS
                    and k > 0 and toks[k - 1].fold not in r.articles | _DETERMINERS
                    | r.past_auxiliaries | _COPULAS | {"so", "be", "being"}
                    and t.fold not in r.state_participles) and k not in speech:
                return True
            # ("à" folds as "a", "è" as "e": the auxiliary as written)
            if t.fold not in r.past_auxiliaries or t.text in ("à", "e"):
                continue
            j = k + 1
            while j < len(toks) and j - k <= 4 and (
                    toks[j].fold in _MID_ADVERBS | r.past_auxiliaries | _ALSO
                    or toks[j].fold in r.negation.words or toks[j].fold.endswith("ly")):
                if participle(j) and toks[j].fold not in r.past_auxiliaries:
                    return True
                j += 1
            if j < len(toks) and participle(j):
                return True
        return False

    def _supposed_verb(self, s: Sentence, k: int) -> bool:
        """The verb form at token k tells no fact that happened (statements round of
        session 15): after a modal, its auxiliaries between ("could be sent", "may have
        to be moved", "potrebbero essere inviati", "pourraient être envoyés"), or in a
        clause of condition ("if they entered Ukraine", "qualora entrassero", "s'ils
        entraient")."""
        toks = s.tokens
        j = k - 1
        while j >= 0 and k - j <= 4:
            fold = toks[j].fold
            if fold in _MODALS:
                # ("would have sent", "may have shipped": hearsay of a past fact)
                return not (j + 1 < k and toks[j + 1].fold == "have" and j + 2 == k)
            if fold not in _AUXILIARIES | _PASSIVE_AUX | _MID_ADVERBS | {"be", "been", "to"} \
                    and not fold.endswith("ly"):
                break
            j -= 1
        # "would send 1,000 sappers to Kursk to rebuild infrastructure destroyed in the
        # fighting": a participle after a noun, in the predicate of a modal earlier in its
        # clause, is the noun's, not a past told
        if k > 0 and toks[k - 1].fold not in _AUXILIARIES | _PASSIVE_AUX and (
                toks[k - 1].text.islower() and toks[k - 1].fold not in _MID_ADVERBS):
            bounds = self._clause_bounds(s)
            for j in range(k - 2, max(-1, k - 25), -1):
                if any(j < b <= k for b in bounds) or toks[j].fold in self.r.clause_breaks \
                        or toks[j].fold in _COMPLEMENTIZERS or ";" in self.text[
                            toks[j].end:toks[j + 1].start]:
                    break
                if toks[j].fold in _MODALS and not (toks[j + 1].fold == "have"):
                    return True
        return self._in_condition(s, k)

    def _noun_of_modal(self, s: Sentence, i: int) -> bool:
        """The trigger at token i is a noun (troops, arms) whose verb, right after it, is a
        modal ("North Korean troops could be sent", "more troops may follow", "i soldati
        potrebbero essere inviati", "des soldats pourraient être envoyés")."""
        toks = s.tokens
        t = toks[i]
        if not (t.fold in self._nouns or t.lemma in self._nouns) or not t.text.islower():
            return False
        for j in range(i + 1, min(len(toks), i + 3)):
            if "," in self.text[toks[j - 1].end:toks[j].start]:
                return False
            if toks[j].fold in _MODALS:
                return not (j + 1 < len(toks) and toks[j + 1].fold == "have")
        return False

    def _in_condition(self, s: Sentence, k: int) -> bool:
        """Token k is in a clause of condition opened a few words before it ("if they
        entered Ukraine", "qualora entrassero", "s'ils entraient en Ukraine")."""
        toks = s.tokens
        bounds = self._clause_bounds(s)
        for j in range(k - 1, max(-1, k - 8), -1):
            if toks[j].fold in self.r.clause_breaks or any(j < b <= k for b in bounds) \
                    or "," in self.text[toks[j].end:toks[j + 1].start]:
                break
            if toks[j].fold in _IF_WORDS_BY_LANGUAGE.get(self.b.language, ()) or \
                    self.b.language == "fr" \
                    and toks[j].text.lower() in ("s'", "s’"):
                return True
        return False

    def _only_possible(self, s: Sentence, said: list[tuple[int, int]]) -> bool:
        """What is said is only possible, wished or to come ("said Washington would raise
        the issue", "risponderà", "could hand"): no fact is told."""
        # ("could not confirm": what did not happen, no possibility)
        marks = {k for k in s.hits(self.r.future) + s.hits(self.r.intent)
                 + s.hits(self.r.conditional) if not (
                     k + 1 < len(s.tokens) and s.tokens[k + 1].fold in self.r.negation.words)}
        # its main verb, near the start of what is said: "said Washington would raise",
        # "Moscow would respond, Lavrov said" (not a clause further on)
        starts = [s.token_at(a) for a, _ in said if a <= max(s.start, self.dateline_end)]
        starts += [i + 1 for i, c in self.cue_subjects if c in self.speakers]
        return any(a <= k <= a + _MAIN_VERB_WITHIN and any(
            lo <= t.start < hi for lo, hi in said) and (k in marks or self._future_tense(s, k))
            for k, t in enumerate(s.tokens) for a in starts)

    def _said_negated(self, s: Sentence, said: list[tuple[int, int]]) -> bool:
        """What is said holds a negation or a negative determiner ("had not signed", "no
        agreement", "aucun accord", "nessun accordo"): it tells that something did not
        happen."""
        return any(any(a <= t.start < b for a, b in said) and (
            t.fold in self.r.negation.words or t.fold in self.r.negative_determiners)
            for t in s.tokens)

    def _retold(self, s: Sentence, said: list[tuple[int, int]]) -> bool:
        """ "The two discussed ..., KCNA said", "said the two ministers had discussed":
        what is said opens with the two told of before, what they did (a fact), not a
        declaration."""
        starts = [a for a, _ in said if a <= s.start + 1 or a <= self.dateline_end + 1]
        starts += [s.tokens[i + 1].start for i, c in self.cue_subjects
                   if c in self.speakers and c.start < s.tokens[i].start and i + 1 < len(s.tokens)]
        for a in starts:
            b = s.end
            k = next((k for k, t in enumerate(s.tokens) if t.start >= a), None)
            # ("told reporters the two countries had agreed", "ha detto ai giornalisti che
            # i due", "a déclaré aux journalistes que les deux")
            while k is not None and k < len(s.tokens) and (
                    s.tokens[k].fold in _COMPLEMENTIZERS or s.tokens[k].fold in _ADVERBS
                    or s.tokens[k].fold in _AUDIENCE or k + 1 < len(s.tokens)
                    and s.tokens[k].fold in _TO_AUDIENCE and s.tokens[k + 1].fold in _AUDIENCE):
                k += 1
            if k is None or k + 1 >= len(s.tokens) or s.tokens[k].start >= b:
                continue
            if s.tokens[k].fold in self.r.articles | _ARTICLE_WORDS and \
                    s.tokens[k + 1].fold in _TWO:
                return True
            # "Lavrov and Choe also discussed the situation, the ministry said", "Lavrov e
            # Choe hanno inoltre discusso": the two sides of a meeting told before, named
            # again, and what they talked about (session 15)
            m1 = self.mentions.at(s.tokens[k].start)
            if m1 is not None and m1.start == s.tokens[k].start and (
                    k2 := s.token_at(max(m1.start, m1.end - 1)) + 1) + 1 < len(s.tokens) \
                    and s.tokens[k2].text.lower() in _AND and (
                        m2 := self.mentions.at(s.tokens[k2 + 1].start)) is not None:
                pair = {m1.target, m2.target}
                if any(e.type == EventType.MEETING and pair <= {a for a, _ in e.participants}
                       for e in self.result.events) and any(
                        t.fold in _TOPIC_VERBS or t.fold in _DISCUSS_WORDS
                        for t in s.tokens[k2 + 2:k2 + 8]):
                    return True
            # "The talks ... focused on the situation in Kursk, the ministry added", "I
            # colloqui si sono concentrati su ...": what the meeting told before was about
            if s.tokens[k].fold in self.r.articles - self.r.indefinite | _ARTICLE_WORDS and (
                    s.tokens[k + 1].fold in self._meeting_words
                    or s.tokens[k + 1].lemma in self._meeting_words) and any(
                        e.type == EventType.MEETING for e in self.result.events) and any(
                            t.fold in _TOPIC_VERBS for t in s.tokens[k + 2:k + 14]):
                return True
        return False

    def _allies_spoken_to(self, s: Sentence, speaker: _Candidate) -> str | None:
        """The graph's group of the speaker's state's allies (``<state>-allies``) when the
        allies are whom he speaks to, outside any quotation: a word of `spoken_to` or of
        warning, then (an article or possessive and) a word of `allies_words`."""
        toks = s.tokens
        for k, t in enumerate(toks):
            if t.fold not in self.r.allies_words or s.quoted(t.start) or k == 0:
                continue
            j = k - 1
            if toks[j].fold in self.r.articles | _ARTICLE_WORDS | _POSSESSIVES and j > 0:
                j -= 1
            if toks[j].fold in self.r.spoken_to | _WARNED:
                break
        else:
            return None
        info = self.lexicon.actors.get(speaker.actor)
        new = self.result.new_actors.get(speaker.actor)
        state = speaker.actor if info is not None and info.kind == "state" else (
            info.country if info is not None else new.country if new is not None else None)
        group = f"{state}-allies"
        return group if state and group in self.lexicon.actors else None

    def _unnamed_addressee(self, trig: int, stop: int, ev: FoundEvent,
                           cands: list[_Candidate]) -> bool:
        """ "urged the Russian ambassador to halt cooperation with Pyongyang": the one urged
        is a person left unnamed, his state no side; the names after him are in what he is
        asked to do, none an addressee: the appellant's alone."""
        spans = sorted(a for a, _ in self._title_states if trig < a < stop)
        if not spans or not any(r == "appellant" for _, r in ev.participants):
            return False
        first = {c.actor: c.start for c in reversed(cands) if c.start > trig}
        if any(r == "addressee" and first.get(a, spans[0]) < spans[0]
               for a, r in ev.participants):
            return False  # an addressee named before him
        ev.participants = [(a, r) for a, r in ev.participants if r != "addressee"]
        return True

    def _proposed_to_act(self, s: Sentence, h: int) -> bool:
        """ "a proposé à Kim Jong Un d'échanger", "ha proposto a Pyongyang di", "a suggéré à
        Pékin de", "ha suggerito alla Cina di": a verb of proposing, then (a day or an
        adverb and) whom it is proposed to after "à", "a", then, in the same clause, "de",
        "di" and what he should do: an appeal to him (session 15). Not "a proposé de" (what
        one offers to do oneself), nor "a proposé à Kim un accord" (a thing offered)."""
        toks = s.tokens
        words = _PROPOSE.get(self.b.language)
        if not words or h < 1 or toks[h].fold not in words or not toks[h].text.islower() or \
                toks[h - 1].fold not in _AUXILIARIES | _TIME_ADVERBS and not _is_adverb(
                    toks[h - 1]) and toks[h - 1].fold not in ("il", "elle", "ils", "elles"):
            return False
        k = h + 1
        while k < len(toks) and (toks[k].fold in _TIME_ADVERBS or _is_adverb(toks[k])):
            k += 1
        if k >= len(toks) or toks[k].fold not in _TO_WHOM.get(self.b.language, ()):
            return False
        whom = self.mentions.at(toks[min(k + 1, len(toks) - 1)].start) or (
            self.mentions.at(toks[k + 2].start) if k + 2 < len(toks) else None)
        if whom is None:
            return False
        # "de", "di" right after the name, then no article nor name (not "de la Corée",
        # "un accord de coopération")
        j = next((x for x in range(k + 1, min(k + 10, len(toks)))
                  if toks[x].start >= whom.end), None)
        return j is not None and j + 1 < len(toks) and toks[j].fold in ("de", "d", "di") \
            and not set(self.text[toks[j - 1].end:toks[j].start]) & {",", ";", ":", "«"} \
            and toks[j + 1].fold not in self.r.articles | _ARTICLE_WORDS \
            and not toks[j + 1].text[:1].isupper()

    def _plural_pronoun_addressee(self, s: Sentence, trig: int, ev: FoundEvent,
                                  cands: list[_Candidate]) -> None:
        """ "thanked the partners and asked them to act", "ha ringraziato i partner e ha
        chiesto loro di agire", "a remercié les alliés et leur a demandé de", "les a exhortés
        à": an appeal whose object is a plural pronoun ("them", Italian "loro" after the
        verb or "li", "le" before it, French "leur", "les" before it), with no addressee
        named, is addressed to the states or groups named before it in its sentence (else
        the sentence before), not its appellant: two states or more, or one group, or the
        appellant's allies when a word of `allies_words` stands there (session 15)."""
        if any(r == "addressee" for _, r in ev.participants):
            return
        toks = s.tokens
        lang = self.b.language
        at: int | None = None
        after = trig + 1
        if lang == "en" and after < len(toks) and toks[after].fold in ("on", "upon", "to"):
            after += 1  # "called on them to", "appealed to them"
        if after < len(toks) and toks[after].fold in _PLURAL_OBJECT_AFTER.get(lang, ()):
            at = after
        else:
            k = trig - 1
            while k > 0 and (toks[k].fold in _AUXILIARIES or _is_adverb(toks[k])):
                k -= 1
            if k >= 0 and k < trig and toks[k].fold in _PLURAL_OBJECT_BEFORE.get(lang, ()) and \
                    (k == 0 or toks[k - 1].fold not in _PREPOSITIONS | self.r.articles) and \
                    not self.text[toks[k].end:toks[k + 1].start].strip(" '’") and \
                    k < trig - 1 and toks[k + 1].fold in _AUXILIARIES:
                # (an auxiliary after it: "les a exhortés", "leur a demandé"; not the article
                # of a noun, "les invités")
                at = k
        if at is None or s.quoted(toks[at].start):
            return
        # "X a accusé A et B de ... et les a exhortés à": the verb after "and" is the
        # sentence's subject's, and "them" the names of the clause before
        j = min(at, trig) - 1
        while j > 0 and toks[j].fold not in ("and", "e", "ed", "et") and (
                toks[j].fold in _AUXILIARIES or _is_adverb(toks[j])):
            j -= 1
        lo0 = max(s.start, self.dateline_end)
        if j > 0 and toks[j].fold in ("and", "e", "ed", "et") and not s.quoted(toks[j].start):
            lead = next((c for c in cands if c.start >= lo0
                         and c.kind not in ("source", "demonym", "pronoun", "pair")
                         and (c.start, c.end) not in self._title_states
                         and self._paren_of(c.start) is None), None)
            if lead is None or lead.end > toks[j].start:
                return
            ev.participants = [(lead.actor, "appellant")] + [
                (a, r) for a, r in ev.participants if r != "appellant" and a != lead.actor]
            lo0 = lead.end
        doers = {a for a, r in ev.participants if r == "appellant"}
        if not doers:
            return
        states = {st for a in doers if (st := self._state_of(a)) is not None}
        kinds = ("state", "government_body", "organization", "alliance", "group")
        for lo, hi in ((lo0, toks[at].start),
                       (self._sentence_starts(s, 1), s.start)):
            if hi <= lo:
                continue
            named = list(dict.fromkeys(
                m.target for m in self._mentions_in(lo, hi)
                if not m.agreement and (m.start, m.end) not in self._owners
                and m.target not in doers and m.target not in states
                and _kind(self, m.target) in kinds and not s.quoted(m.start)))
            allies = [w for w in re.findall(r"\w+", fold_key(self.text[lo:hi]))
                      if w in self.r.allies_words]
            if allies and not named:
                for state in sorted(states):
                    group = f"{state}-allies"
                    if group in self.lexicon.actors:
                        ev.participants.append((group, "addressee"))
                        ev.notes.append(f"'{toks[at].text}' taken to be {group}, the "
                                        "appellant's allies named before")
                        return
                return
            if len(named) >= 2 or len(named) == 1 and _kind(self, named[0]) == "group":
                ev.participants += [(a, "addressee") for a in named]
                ev.notes.append(f"'{toks[at].text}' taken to be {', '.join(named)}, "
                                "named before")
                return
            if named:
                return

    def _withdrawal_addressee(self, s: Sentence, trig: int, ev: FoundEvent) -> None:
        """ "called for the withdrawal of North Korean troops", "ha chiesto il ritiro delle
        truppe nordcoreane", "a réclamé le retrait des soldats de Pyongyang", "un appel au
        retrait": an appeal for troops to leave, with no one else appealed to, is addressed
        to the troops' state (their adjective or owner, the first state named after the
        noun of leaving; never where they leave from: "from Russia", "dalla Russia")."""
        toks = s.tokens
        at = next((k for k in range(trig + 1, min(trig + 7, len(toks)))
                   if toks[k].fold in _WITHDRAWAL or toks[k].lemma in _WITHDRAWAL), None)
        if at is None or any(self.mentions.at(t.start) is not None
                             for t in toks[trig + 1:at]):
            return
        # who is named after the noun of leaving is no appellant, and where the troops
        # leave from no addressee ("... dalla Russia": no agent's "da")
        before = {m.target for m in self._mentions_in(s.start, toks[trig].start)}
        after = {m.target for m in self._mentions_in(toks[at].end, s.end)}
        ev.participants = [(a, r) for a, r in ev.participants
                           if a not in after or (r == "appellant" and a in before)]
        if not any(r == "appellant" for _, r in ev.participants):
            near = [m for m in self._mentions_in(s.start, toks[trig].start)
                    if _kind(self, m.target) in ("state", "person", "organization",
                                                 "government_body", "alliance")]
            if not near:
                return
            ev.participants.insert(0, (near[-1].target, "appellant"))
        appellants = {a for a, r in ev.participants if r == "appellant"}
        ev.participants = [(a, r) for a, r in ev.participants
                           if r != "addressee" or a not in appellants]
        if any(r == "addressee" for _, r in ev.participants):
            return
        appellants = {a for a, r in ev.participants if r == "appellant"}
        for k in range(at + 1, min(at + 9, len(toks))):
            t = toks[k]
            if t.text in {";", ".", ","} or toks[k - 1].fold in _FROM_WORDS:
                if t.text in {";", "."}:
                    return
                continue
            m = self.mentions.at(t.start)
            if m is None or _kind(self, m.target) != "state" or m.target in appellants:
                continue
            ev.participants.append((m.target, "addressee"))
            ev.notes.append(f"the appeal for a withdrawal is addressed to {m.target}, "
                            "whose troops are to leave")
            return

    def _with_allies(self, s: Sentence, ev: FoundEvent) -> None:
        """ "Kyiv and its Western partners accuse Moscow", "Washington e i suoi alleati",
        "Kiev et ses alliés": a state of the event followed by "and", a possessive (an
        article), a word of kind ("Western") and a word of `allies_words` acts with its
        allies: the graph's group ``<state>-allies`` takes the same role (session 16)."""
        toks = s.tokens
        have = {a for a, _ in ev.participants}
        for a, r in list(ev.participants):
            group = _ALLIES_GROUPS.get(a, f"{a}-allies")
            if group in have or group not in self.lexicon.actors or _kind(self, a) != "state":
                continue
            for m in self._mentions_in(s.start, s.end):
                if m.target != a or s.quoted(m.start):
                    continue
                k = s.token_at(m.end - 1) + 1
                if k >= len(toks) or toks[k].fold not in _AND:
                    continue
                k += 1
                while k < len(toks) and toks[k].fold in self.r.articles | _ARTICLE_WORDS:
                    k += 1  # "e i suoi alleati"
                if k >= len(toks) or toks[k].fold not in _POSSESSIVES:
                    continue
                k += 1
                while k < len(toks) and toks[k].fold in _ALLY_KINDS | _ALLY_KINDS_ROMANCE:
                    k += 1
                if k < len(toks) and toks[k].fold in self.r.allies_words:
                    ev.participants.append((group, r))
                    have.add(group)
                    ev.notes.append(f"'{toks[k].text}' after {a}: {group}, with the same role")
                    break

    def _allies(self, s: Sentence, trig: int, ev: FoundEvent,
                cands: list[_Candidate]) -> None:
        """ "Zelensky urged allies to act": the graph's group of the appellant's state's
        allies (``<state>-allies``), when it has one and no addressee is named."""
        toks = s.tokens
        # "a appelé ses partenaires du G7", "urged its G7 partners", "i partner della NATO":
        # the partners within an organisation or alliance named with them are it (session 15)
        for k in range(trig + 1, min(trig + 6, len(toks))):
            if toks[k].fold not in self.r.allies_words:
                continue
            if any(s.tokens[x].fold in {";", "."} for x in range(trig + 1, k)):
                break
            orgs = [m for m in self._mentions_in(toks[max(trig + 1, k - 1)].start,
                                                 toks[min(k + 3, len(toks) - 1)].end)
                    if _kind(self, m.target) in ("organization", "alliance")]
            if orgs and (s.token_at(orgs[0].start) < k or all(
                    toks[x].fold in _GENITIVE | _DEFINITE_CONTRACTED | _ARTICLE_WORDS
                    | self.r.articles for x in range(k + 1, s.token_at(orgs[0].start)))):
                ev.participants = [(a, r) for a, r in ev.participants
                                   if r != "addressee"] + [(orgs[0].target, "addressee")]
                ev.notes.append(f"the partners taken to be {orgs[0].target}'s")
                return
            break
        # "urged Kyiv's allies", "ha esortato gli alleati di Kiev", "les alliés de l'Ukraine":
        # the allies of the state named with them
        for k in range(trig + 1, min(trig + 6, len(toks))):
            if toks[k].fold not in self.r.allies_words:
                continue
            j = k + 1
            while j < len(toks) and toks[j].fold in _GENITIVE | _ARTICLE_WORDS \
                    | self.r.articles | _DEFINITE_CONTRACTED:
                j += 1
            b = k - 1
            while b > trig + 1 and toks[b].fold in _ALLY_KINDS:
                b -= 1  # "Kyiv's Western partners"
            b = b - 1 if toks[b].fold == "s" else b  # "Kyiv's allies"
            owners = [m for m in self._mentions_in(toks[b].start, toks[k - 1].end)
                      if b > trig]
            if k + 1 < j < len(toks):
                owners += self._mentions_in(toks[j].start, toks[j].end)
            for m in owners:
                group = f"{m.target}-allies"
                if _kind(self, m.target) == "state" and group in self.lexicon.actors:
                    ev.participants = [(a, r) for a, r in ev.participants
                                       if r != "addressee"] + [(group, "addressee")]
                    ev.notes.append(f"'allies' taken to be {group}, the state's named with them")
                    return
        # ("l'appello di Zelensky agli alleati": four words after the trigger; "called on
        # his country's Western partners": six)
        near = [t.fold for t in s.tokens[trig + 1:trig + 7]]
        if not any(w in self.r.allies_words for w in near):
            return
        if any(r == "addressee" for _, r in ev.participants):
            # "urged allies to supply air-defence systems to Ukraine": the allies are
            # urged; a name in what they are asked to do is none of the addressees
            at = next(k for k in range(trig + 1, trig + 7) if s.tokens[k].fold
                      in self.r.allies_words)
            later = {c.actor for c in cands if c.start > s.tokens[at].end}
            if not all(a in later for a, r in ev.participants if r == "addressee"):
                return
            ev.participants = [(a, r) for a, r in ev.participants if r != "addressee"]
        for actor, role in ev.participants:
            info = self.lexicon.actors.get(actor)
            new = self.result.new_actors.get(actor)
            state = actor if info is not None and info.kind == "state" else (
                info.country if info is not None else new.country if new is not None
                else None)
            group = f"{state}-allies"
            if role == "appellant" and state and group in self.lexicon.actors:
                ev.participants.append((group, "addressee"))
                ev.notes.append(f"'allies' taken to be {group}, the appellant's")
                return

    def _voiced_support(self, s: Sentence, trig: int, ev: FoundEvent,
                        cands: list[_Candidate]) -> None:
        """A state's support voiced by a person ("Tajani ha ribadito il pieno sostegno
        dell'Italia all'Ucraina", "Lecornu a réaffirmé le soutien de la France à l'Ukraine",
        "Lavrov reaffirmed Russia's support for Pyongyang"): the person who voices it is the
        supporter, as with "his country's support" (the seed's Lavrov); with no person before
        it, the state is; whom it is for is the state named after it ("à l'opération militaire
        russe": Russia), never the person it is told to ("a assuré Poutine du soutien de la
        Corée du Nord"). Not when one thanks or hails another for it (who is thanked
        supports)."""
        toks = s.tokens
        if self._thanked_for_support(s, trig, ev, cands) or \
                self._assured_of_support(s, trig, ev, cands):
            return
        state = [c for c in cands if _kind(self, c.actor) == "state"]
        owner = None
        k = trig + 1  # "il pieno sostegno dell'Italia", "le soutien « indéfectible » de la"
        while k < len(toks) and k - trig <= 3 and toks[k].text.islower() and \
                toks[k].fold not in _GENITIVE | _DEFINITE_CONTRACTED:
            k += 1
        if k < len(toks) and toks[k].fold in _GENITIVE | {"dell", "della", "del", "du"}:
            j = k + 1
            while j < len(toks) and toks[j].fold in _ARTICLE_WORDS | self.r.articles:
                j += 1
            owner = next((c for c in state if s.token_at(c.start) == j), None)
        b = trig - 1  # "Russia's unwavering support"
        while owner is None and b > 0 and trig - b <= 3 and toks[b].text.islower() and \
                toks[b].fold != "s":
            b -= 1
        if owner is None and b > 0 and toks[b].fold == "s":
            owner = next((c for c in state if s.token_at(c.end - 1) == b - 1
                          or s.token_at(c.start) == b - 1), None)
        if owner is None:
            # "Lavrov pledged that Moscow would always stand by Pyongyang", "Choe ha promesso
            # che Pyongyang resterà al fianco di Mosca": a person's pledge of his state's
            # support is his
            pledge = next((p for p in range(trig - 1, 0, -1) if toks[p].fold in _PLEDGES
                           and p + 1 < len(toks) and toks[p + 1].fold in _COMPLEMENTIZERS), None)
            if pledge is None:
                return
            person = next((c for c in cands if _kind(self, c.actor) == "person"
                           and c.end <= toks[pledge].start), None)
            states = {a for a, r in ev.participants if r == "supporter"
                      and _kind(self, a) == "state"}
            if person is not None and states and all(
                    toks[pledge].start < c.start < toks[trig].start
                    for c in cands if c.actor in states):
                ev.participants = [(person.actor, "supporter")] + [
                    (a, r) for a, r in ev.participants if r != "supporter"]
            return
        bounds = self._clause_bounds(s)
        lo = max([b for b in bounds if b <= trig] + [0])
        people = [c for c in cands if _kind(self, c.actor) == "person"
                  and s.token_at(c.start) >= lo and c.end <= toks[trig].start]
        gerund_of = self._gerund_clause_subject(s, trig, cands)
        if gerund_of is None and any(lo <= i < trig
                                     and s.tokens[i].fold not in _EXPRESS | _PLEDGES
                                     for i in s.hits(self.r.stance)):
            return  # "thanked Pyongyang for its support": who is thanked supports
        ow = s.token_at(owner.start)
        after = [c for c in state if c.start > owner.end and c.actor != owner.actor
                 and s.token_at(c.start) - ow <= 7
                 and not any(ow < x <= s.token_at(c.start) for x in bounds)]
        if not after:
            return
        # "said Pyongyang's support for Moscow's war was a threat": the support is what the
        # clause said is about (a verb follows it), voiced by no one
        ae = s.token_at(max(after[0].start, after[0].end - 1))
        verb_after = False
        for n in range(ae + 1, min(ae + 4, len(toks))):
            if toks[n].fold in {"and", "e", "ed", "et"} or \
                    "," in self.text[toks[n - 1].end:toks[n].start]:
                break
            if toks[n].fold in _COPULAS | self.r.past_auxiliaries | _MODALS and \
                    toks[n].text not in ("à", "e"):
                verb_after = True
                break
        if verb_after or any(t.fold in _COMPLEMENTIZERS for t in toks[lo:trig]):
            people = []
        supporter = people[0].actor if people else owner.actor
        if gerund_of is not None:
            # "Sin accused Washington, while pledging Pyongyang's backing for Russia",
            # "Lavrov a critiqué Séoul, en réaffirmant le soutien de la Russie": the gerund's
            # subject is the main clause's, the person who voices it (session 15)
            supporter = gerund_of
        elif not people and 0 < lo < trig and toks[lo].fold in _AND | {"e", "et"} and (
                (opening := self._opening_person(s, lo)) is not None
                # ("Russian Foreign Minister Sergey Lavrov met Choe ... and pledged Russia's
                # support": the titled person the sentence opens with, after his title's
                # adjective)
                or (opening := self._titled_opening(s, lo)) is not None):
            # "Kim received Shoigu and reaffirmed Pyongyang's support": the clause's subject
            # left unsaid is the sentence's (two acts of one subject joined by "and")
            supporter = opening
        ev.participants = [(supporter, "supporter"), (after[0].actor, "supported")]

    def _titled_opening(self, s: Sentence, i: int) -> str | None:
        """The person the sentence opens with after his title ("Russian Foreign Minister
        Sergey Lavrov met ..."): the first mention before token ``i`` that is a person, when
        only a title's words (lower-case words, or a state's adjective in it) stand before
        it."""
        toks = s.tokens
        for m in self.mentions.within(max(s.start, self.dateline_end), toks[i].start):
            if m.agreement:
                continue
            if _kind(self, m.target) == "person":
                head = s.token_at(m.start)
                before = [t for t in toks[:head] if t.start >= self.dateline_end]
                if all(t.text[:1].isupper() or t.text.islower() for t in before) and \
                        not any(t.fold in _COMPLEMENTIZERS | {"according", "secondo",
                                                               "selon"} for t in before) \
                        and not any("," in self.text[a.end:b.start]
                                    for a, b in zip(before, before[1:], strict=False)):
                    return m.target
                return None
        return None

    def _participle_clause(self, s: Sentence, trig: int) -> int | None:
        """The comma opening the participle clause the trigger stands in ("..., pledging
        support", "..., l'assurant du soutien", "..., assicurandogli il sostegno"): the
        token after the comma is a gerund (a clitic before it in French), no other comma
        between it and the trigger; else None."""
        toks = s.tokens
        for k in range(trig, max(0, trig - 8), -1):
            if "," not in self.text[toks[k - 1].end:toks[k].start]:
                continue
            g = k
            while g < trig and toks[g].fold in _CLITICS | {"l", "lui", "leur", "en", "le",
                                                          "la", "les"}:
                g += 1
            t = toks[g]
            if t.text.islower() and (
                    self.b.language == "en" and t.fold.endswith("ing")
                    or self.b.language == "fr" and t.fold.endswith("ant")
                    or self.b.language == "it" and re.search(
                        r"(ando|endo)(gli|le|lo|la|li|ne|si|glielo|gliela)?$", t.fold)):
                return k
            return None
        return None

    def _participle_supporter(self, s: Sentence, trig: int, ev: FoundEvent,
                              cands: list[_Candidate]) -> None:
        """Support told in a participle after the main clause ("Kim received Belousov,
        assuring him of his country's support for Russia", "..., l'assurant du soutien de
        son pays", "..., pledging Moscow's support"): a second act of the main clause's
        subject, who supports (GUIDELINES, settled at the start of session 15: two acts of
        one speaker joined by a participle), not whom it is told to nor his state."""
        comma = self._participle_clause(s, trig)
        if comma is None:
            return
        toks = s.tokens
        if any(comma <= i < trig and toks[i].fold not in _EXPRESS | _PLEDGES | _ASSURED
               | _PLEDGING for i in s.hits(self.r.stance)):
            return  # ("..., thanking Japan for its support": who is thanked supports)
        subject = next((c for c in cands if c.end <= toks[comma].start
                        and _kind(self, c.actor) == "person" and c.kind != "pronoun"), None)
        if subject is None:
            return
        supported = {a for a, r in ev.participants if r == "supported"}
        if subject.actor in supported:
            return
        ev.participants = [(subject.actor, "supporter")] + [
            (a, r) for a, r in ev.participants if r != "supporter"]

    def _assured_of_support(self, s: Sentence, trig: int, ev: FoundEvent,
                            cands: list[_Candidate]) -> bool:
        """"Kim Jong Un assured Moscow of his support", "a assuré Poutine de son soutien":
        with no one named after the noun, whom one assures is whom it is for, and who
        assures supports."""
        toks = s.tokens
        k = trig - 1
        while k > 0 and trig - k <= 3 and toks[k].text.islower() and \
                toks[k].fold not in _POSSESSIVES_ALL:
            k -= 1  # "his full support", "son soutien total"
        if k < 3 or toks[k].fold not in _POSSESSIVES_ALL or \
                toks[k - 1].fold not in {"of", "de", "d", "du"}:
            return False
        verb = next((v for v in range(k - 2, max(-1, k - 8), -1)
                     if toks[v].fold in _ASSURED), None)
        if verb is None or any(c.start > toks[trig].end and s.token_at(c.start) - trig <= 4
                               for c in cands):
            return False  # ("assured Lavrov of her support for Russia": for Russia)
        obj = next((c for c in cands if toks[verb].end <= c.start < toks[k - 1].start), None)
        subj = next((c for c in cands if c.end <= toks[verb].start
                     and c.kind not in ("demonym", "source")), None)
        if obj is None or subj is None or obj.actor == subj.actor:
            return False
        ev.participants = [(subj.actor, "supporter"), (obj.actor, "supported")]
        ev.partial = False
        return True

    def _thanked_for_support(self, s: Sentence, trig: int, ev: FoundEvent,
                             cands: list[_Candidate]) -> bool:
        """"Mosca ha ringraziato Pyongyang per il suo fermo sostegno alla Russia", "Moscou a
        remercié Pyongyang pour son soutien à la Russie": who is thanked for its support
        supports whom is named after it (none named: no support, the thanks alone)."""
        toks = s.tokens
        k = trig - 1
        while k > 0 and trig - k <= 3 and toks[k].text.islower() and \
                toks[k].fold not in _POSSESSIVES | _THANKS_FOR:
            k -= 1  # "fermo", "firm"
        if toks[k].fold not in _POSSESSIVES:
            return False
        k -= 1
        while k > 0 and toks[k].fold in _ARTICLE_WORDS | self.r.articles:
            k -= 1
        if toks[k].fold not in _THANKS_FOR:
            return False
        thanked = next((c for c in reversed(cands) if c.end <= toks[k].start), None)
        if thanked is None or k < 2 or not any(
                toks[x].lemma in _THANK_LEMMAS or toks[x].fold in _THANK_LEMMAS
                for x in range(max(0, s.token_at(thanked.start) - 3),
                               s.token_at(thanked.start))):
            return False
        bounds = self._clause_bounds(s)
        after = [c for c in cands if c.start > toks[trig].end
                 and s.token_at(c.start) - trig <= 6 and c.actor != thanked.actor
                 and not any(trig < b <= s.token_at(c.start) for b in bounds)
                 and _prev_word(s, c, self.r.title_words) in _BENEFACTIVE | {"for", "pour",
                                                                          "per"}]
        if not after:
            # "thanked Washington for its backing and appealed to the EU": no one it is for
            # in its clause, the thanks alone (GUIDELINES: a statement)
            ev.participants = [(thanked.actor, "supporter")]
            ev.partial = True
            return True
        ev.participants = [(thanked.actor, "supporter"), (after[0].actor, "supported")]
        ev.partial = False
        return True

    def _agreement_parties(self, ev: FoundEvent, s: Sentence) -> None:
        """The agreement's parties: named in the sentence (in any form, a title's "Russian"
        included) they are its parties, never its signatory or ratifier; a signing or an
        entry into force naming no one who signed has all of them ("the treaty was signed
        in Pyongyang on June 19")."""
        g = self.lexicon.agreements.get(ev.agreement or "")
        if g is None or "party" not in EVENT_ROLES.get(ev.type, ()):
            return  # a submission has a submitter and a recipient, no parties
        # who only says so is no party ("Putin signed the law ratifying the treaty with North
        # Korea, the Kremlin said": the Kremlin names Russia as a source, not as a party),
        # nor is a state named in another clause after the milestone's
        said = self._asserter_spans
        end = _clause_end(s, s.token_at(ev.trigger[0]), self.r.clause_breaks)
        named = {m.target for m in self._mentions_in(max(s.start, self.dateline_end), end)
                 if not m.agreement and m.kind != "pair"
                 and not any(a < m.end and m.start < b for a, b in said)
                 # ("Russia's TASS reported that Putin signed the law ratifying the treaty":
                 # Russia names the outlet, it is no party)
                 and (m.start, m.end) not in self._outlet_states}
        # a signer called back by a title with his state's adjective anywhere in the
        # sentence ("The pact was signed by Putin and Kim when the Russian president visited
        # Pyongyang", "the Russian leader signed it"): the adjective names his state, a party
        # (session 15)
        signers = {a for a, r in ev.participants if r in ("signatory", "ratifier")}
        named |= {state for (a, b), (who, state) in self._title_ref_states.items()
                  if s.start <= a and b <= s.end and who in signers}
        stray = {a for a, r in ev.participants if a not in g.parties and r == "party"
                 and _kind(self, a) == "state"}
        if stray and not named & set(g.parties) and self._objects_of_next_verb(s, ev, stray):
            # "The treaty's signing in June alarmed Seoul and Tokyo", "la firma del trattato
            # ha allarmato Seul": the states after the next verb are its objects, no parties
            # of the milestone named by its noun (session 15)
            ev.participants = [(a, r) for a, r in ev.participants if a not in stray]
            stray = set()
            named |= set(g.parties)
        if stray and not named & set(g.parties) and self._treaty_taken_up(s, stray):
            # "The treaty's entry into force drew condemnation from Seoul": the treaty told
            # before, taken up by its noun; Seoul condemns, it is no party (session 14)
            ev.participants = [(a, r) for a, r in ev.participants if a not in stray]
            stray = set()
        if stray and not named & set(g.parties):
            ev.agreement = None  # "Poland and South Korea signed a framework agreement"
            return
        # a state that is none of its parties is no party ("Since the signing of the
        # treaty, Seoul and Washington accuse Pyongyang": Seoul signed nothing)
        kept = [(a, r) for a, r in ev.participants if a not in g.parties and a not in stray]
        parties = [p for p in g.parties if p in named]
        if ev.type in (EventType.ENTRY_INTO_FORCE, EventType.SIGNING) and not kept and (
                not parties or any(m.agreement for m in self._mentions_in(s.start, end))):
            # (the treaty called by its name names its parties; called "the text", with one
            # party named, the others are left out: "Il testo, sottoscritto a Pyongyang nel
            # giugno scorso": North Korea)
            parties = list(g.parties)
        if ev.type == EventType.ENTRY_INTO_FORCE:
            # "The pact, signed by Putin and Kim, took effect": an entry into force has its
            # parties only, never who signed
            kept = [(a, r) for a, r in kept if _kind(self, a) == "state"]
        ev.participants = kept + [(p, "party") for p in parties]

    def _opening_place(self, s: Sentence, c: _Candidate) -> bool:
        """The name c opens the sentence after a preposition and a comma closes it ("From
        Kyiv, ...", "Da Kiev, ...", "Depuis Séoul, ...")."""
        k = s.token_at(c.start)
        j = k - 1
        while j >= 0 and s.tokens[j].fold in _ARTICLE_WORDS:
            j -= 1
        # "Au siège de l'Otan, ...", "Alla sede della Nato, ...", "At NATO headquarters,
        # ...": a seat's noun between the preposition and the name (or after it)
        seat = False
        if j >= 1 and s.tokens[j].fold in _GENITIVE | _DEFINITE_CONTRACTED and \
                s.tokens[j - 1].fold in _SEAT_NOUNS:
            j -= 2
            seat = True
            while j >= 0 and s.tokens[j].fold in _ARTICLE_WORDS:
                j -= 1
        if seat and j >= 0 and j == s.token_at(max(s.start, self.dateline_end)) and \
                s.tokens[j].fold in {"au", "alla", "al", "presso", "nella"} and \
                self.text[c.end:s.end].lstrip().startswith(","):
            return True
        end = s.token_at(c.end - 1)
        if end + 1 < len(s.tokens) and s.tokens[end + 1].fold in _SEAT_NOUNS:
            c = replace(c, end=s.tokens[end + 1].end)
        return j >= 0 and j == s.token_at(max(s.start, self.dateline_end)) and \
            s.tokens[j].fold in _OPENING_PLACE and \
            self.text[c.end:s.end].lstrip().startswith(",") and \
            s.token_at(c.end - 1) - k <= 3

    def _visit_from(self, s: Sentence, rule: EventRule, trig: int,
                    cands: list[_Candidate]) -> _Candidate | None:
        """The place named right after a phrase of the rule ending in "from", "da", "de"
        around the trigger ("returned from", "rientrato da", "de retour de"), if any."""
        toks = s.tokens
        if toks[trig].fold in _RETURN_WORDS | _DEPART_WORDS:
            # "è rientrato ieri da Pyongyang", "est rentré vendredi de Pyongyang": the
            # preposition a few words on, no name between
            for f in range(trig + 1, min(trig + 5, len(toks))):
                if any(s.token_at(c.start) == f for c in cands) or \
                        self.text[toks[f - 1].end:toks[f].start].strip():
                    break
                if toks[f].fold in _FROM_PLACE_PREPS:
                    nxt = f + 2 if f + 1 < len(toks) and toks[f + 1].fold in \
                        self.r.articles else f + 1
                    return next((c for c in cands if s.token_at(c.start) == nxt), None)
        for p in rule.words.phrases:
            words = p.split()
            if words[-1] not in _FROM_PLACE_PREPS:
                continue
            head = words[:-1]
            for k in range(max(0, trig - len(head)), min(trig + 2, len(toks))):
                f = k + len(head)
                if f >= len(toks) or toks[f].fold not in _FROM_PLACE_PREPS or \
                        [t.fold for t in toks[k:f]] != head:
                    continue
                nxt = f + 2 if f + 1 < len(toks) and toks[f + 1].fold in self.r.articles \
                    else f + 1
                return next((c for c in cands if s.token_at(c.start) == nxt), None)
        return None

    def _roles(self, s: Sentence, rule: EventRule, trig: int,
               cands: list[_Candidate], converse: bool = False,
               from_done: bool = False) -> list[tuple[str, str]]:
        etype = rule.type
        toks = s.tokens
        locative = _LOCATIVE.get(self.b.language, set())
        if etype not in (EventType.ENTRY_INTO_FORCE, EventType.RATIFICATION,
                         EventType.SIGNING):
            # "From Kyiv, President Zelensky accused...", "Da Kiev, il presidente...",
            # "Depuis Séoul, ...": a name opening the sentence after a preposition and closed
            # by a comma is where it happens, no side of the act (a milestone's parties are
            # named in any form: "A Mosca, la legge di ratifica era stata promulgata")
            cands = [c for c in cands if not self._opening_place(s, c)]
        elif etype != EventType.ENTRY_INTO_FORCE:
            g = self.lexicon.agreements.get(self.last_agreement or "")
            cands = [c for c in cands if not self._opening_place(s, c)
                     or g is not None and c.actor in g.parties]
        if etype in SYMMETRIC:
            out: list[tuple[str, str]] = []
            # "cooperation between Moscow and Pyongyang", "la coopération entre Moscou et
            # Pyongyang": the sides are the names after "between", not the sentence's others
            between = next((k for k in range(trig + 1, min(trig + 4, len(toks)))
                            if toks[k].fold in _BETWEEN), None)
            if between is not None:
                after = [c for c in cands if c.start > toks[between].start]
                if len({c.actor for c in after}) >= 2:
                    cands = after
            needed = [r.needs for r in self.r.events
                      if r.type in (EventType.DEPLOYMENT, EventType.SUPPLY) and r.needs]
            by_signatory = False  # the last name was a signatory after "by", "da", "par"
            for c in cands:
                prep = _prev_word(s, c, self.r.title_words)
                if prep in locative and etype != EventType.ENTRY_INTO_FORCE:
                    continue  # "talks in Moscow", "signed in Pyongyang": a place
                if prep in _AT_THE and c.kind == "capital" and \
                        etype != EventType.ENTRY_INTO_FORCE:
                    continue  # "ricevuta al Cremlino", "reçue au Kremlin": a place
                if prep in _FROM_PLACE and c.kind == "capital" and etype == EventType.MEETING:
                    continue  # "spoke by phone from Moscow", "depuis Moscou": where from
                if c.kind == "demonym" and self._troops_adjective(s, c, needed):
                    continue  # "North Korean troops ... whose ministers met": the troops'
                r = SYMMETRIC[etype]
                info = self.lexicon.actors.get(c.actor)
                if etype == EventType.SIGNING and (
                        info is None or info.kind == "person"):
                    # "signed by Russian President Vladimir Putin and North Korean leader
                    # Kim Jong Un", "firmato dal presidente russo ... e dal leader": the word
                    # before the whole title says who signs
                    whole = self._word_before_title(s, c)
                    by = (prep in self.r.to_agent or whole in self.r.to_agent) and \
                        not self._by_of_other_act(s, c, etype)
                    if c.start > toks[trig].start and not by and prep not in _SIGNED_WITH \
                            and whole not in _SIGNED_WITH \
                            and not (by_signatory and whole in _AND):
                        by_signatory = False
                        continue  # "signed during Putin's visit": not who signed
                    by_signatory = c.start > toks[trig].start and (by or by_signatory)
                    r = "signatory"
                out.append((c.actor, r))
            out = list(dict.fromkeys(out))
            people = [a for a, _ in out if _kind(self, a) == "person"]
            if etype == EventType.MEETING and len(people) >= 2:
                # "Kim received Belousov ... Moscow's war": two named people met
                out = [(a, r) for a, r in out if a in people]
            return out
        if etype == EventType.VISIT and not from_done:
            # "returned from Pyongyang", "è ripartito da Pyongyang alla volta di Pechino",
            # "est rentré de Pyongyang": the place a trip is left from or come back from is
            # its host (no agent after "da", "de"); a place of arrival after it a host too
            src = self._visit_from(s, rule, trig, cands)
            back = toks[trig].fold in _RETURN_WORDS
            if src is not None or back or toks[trig].fold in _DEPART_WORDS:
                rest = [c for c in cands if src is None or c.actor != src.actor]
                out = self._roles(s, rule, trig, rest, converse, True)
                if src is None or back:
                    # "è rientrato a Mosca da Pyongyang", "est rentré à Moscou": home is no
                    # host; a return or a departure with no place left names none
                    # (but "Shoigu è tornato a Pyongyang", "returned to Pyongyang", "est
                    # revenu à Pyongyang": coming back to another state's place visits it)
                    own = {self._state_of(a) for a, r in out if r == "visitor"} - {None}
                    again = src is None and toks[trig].fold in _BACK_TO_WORDS and bool(own) \
                        and all(_kind(self, a) == "person" for a, r in out if r == "visitor")
                    out = [(a, r) for a, r in out if r != "host" or again and a not in own]
                if src is not None and any(r == "visitor" for _, r in out) and \
                        _kind(self, src.actor) == "state":
                    out = [*out, (src.actor, "host")]
                    # "è ripartito da Pyongyang alla volta di Hanoi", "est reparti de
                    # Pyongyang pour Hanoï": where one sets off to is a host too
                    src_k = s.token_at(src.end)
                    dest = next((c for c in cands if src_k < s.token_at(c.start) <= src_k + 5
                                 and _prev_word(s, c, self.r.title_words) in _DESTINATION
                                 and "," not in self.text[src.end:c.start]), None) \
                        if toks[trig].fold in _DEPART_WORDS else None
                    if dest is not None and _kind(self, dest.actor) == "state" and \
                            dest.actor != src.actor:
                        out.append((dest.actor, "host"))
                return out
        agent, patient = ROLE_PAIRS[etype]
        trig_pos = toks[trig].start
        # "Choe assured Lavrov of her support for Russia", "ha ribadito a Lavrov il sostegno
        # di Pyongyang a Mosca": whom a speaker tells something is no side of what is told
        # "hanno lanciato contro l'Ucraina missili forniti dalla Corea del Nord", "fired
        # against Ukraine": a target is no side of a transfer, a help or a support
        if etype in CONTESTED | {EventType.SUPPORT, EventType.APPEAL}:
            cands = [c for c in cands if _prev_word(s, c, self.r.title_words) not in _AGAINST]
        if etype in CONTESTED | {EventType.SUPPORT} and self._whoever_before(s, trig):
            # "sanzioni contro chi sostiene lo sforzo bellico russo", "those who support the
            # Russian war effort": whoever does it is unnamed; no name before is its doer
            # (session 16)
            cands = [c for c in cands if c.start > trig_pos]
        if etype in CONTESTED:
            # "a tiré sur l'Ukraine des missiles fournis par la Corée du Nord", "fired at
            # Ukraine missiles supplied by": the target of a verb of firing, right after it,
            # is no side of the transfer (session 16)
            cands = [c for c in cands if not self._fired_at(s, c)]
        # (only when the act names whom it is for after it: "Kim assured Moscow of his
        # support" is support for Moscow)
        if any(c.start > trig_pos and _prev_word(s, c, self.r.title_words) in _BENEFACTIVE
               for c in cands):
            cands = [c for c in cands if not self._told_to(s, c, trig)]
        # "shells were shipped to Russia last autumn by North Korea": after a passive
        # participle its agent may stand anywhere in the clause
        participle = any(self._passive_participle(s, k) and (
            toks[k].fold in rule.words.words or toks[k].lemma in rule.words.words)
            for k in range(trig, min(trig + 4, len(toks)))) \
            and etype != EventType.VISIT  # "Troops were sent"; not "è arrivato", "est arrivé"
        bounds = self._clause_bounds(s)
        passive = any(_prev_word(s, c, self.r.title_words) in self.r.to_agent - _GENITIVE
                      # ("asked for an explanation from Moscow": whom one asks, session 14)
                      - ({"from"} if etype == EventType.APPEAL else set())
                      and not self._after_duration(s, c)
                      and c.start > trig_pos and not any(
                          trig < b < s.token_at(c.start) and toks[b].fold in _AND
                          for b in bounds)
                      # "support for all measures taken by Moscow": a "by" far from the
                      # trigger belongs to another verb
                      and (participle or _gap(s, rule, trig, s.token_at(c.start))
                           <= PASSIVE_WORDS
                           # ("supplies shells fired by Russian forces": another verb's)
                           and not self._by_of_other_participle(s, rule, trig,
                                                                s.token_at(c.start)))
                      and not any(
                          p.endswith(" " + _prev_word(s, c, self.r.title_words))
                          for p in rule.words.phrases)
                      for c in cands)  # "by", "da", "par"; not "de", not "stand by"
        # "transfers from North Korea to Russia", "sent by Pyongyang to Moscow": both sides
        # are after the trigger; a name before it is neither
        passive = passive or any(c.start > trig_pos and _agent_phrase(s, c) for c in cands) \
            and not (etype in _SPEECH_ACTS and any(x.start < trig_pos for x in cands))
        # (not a passive appeal's: "La Chine a été exhortée par la France à peser sur
        # Pyongyang", whose subject is appealed to, session 14)
        both_after = passive and not (etype == EventType.APPEAL and participle) and any(
            _prev_word(s, c, self.r.title_words) in self.r.to_patient
            and c.start > trig_pos for c in cands)
        # "the visit of X", "la visita del presidente X": X is the agent
        genitive = trig + 1 < len(toks) and toks[trig + 1].fold in _GENITIVE or (
            # "le soutien croissant de la Corée du Nord", "l'invio massiccio di": an
            # adjective between the noun and its "de", "di" (session 16)
            self.b.language in ("fr", "it") and etype in CONTESTED and trig > 0
            and trig + 2 < len(toks) and toks[trig + 2].fold in _GENITIVE
            and toks[trig - 1].fold in _ARTICLE_WORDS | self.r.articles | _POSSESSIVES
            and toks[trig + 1].text.islower() and len(toks[trig + 1].fold) > 3
            and not self._is_verb(toks[trig + 1])
            and toks[trig + 1].fold not in self.r.to_agent | self.r.to_patient)
        # the partitive after a verb ("a envoyé des ingénieurs ... pour aider l'armée
        # russe", "ha inviato dei soldati"): an adjective after it is no agent
        partitive = genitive and trig > 0 and (
            toks[trig - 1].fold in _AUXILIARIES | {"avoir", "aver", "avere"}
            # "des instructeurs nord-coréens forment des soldats russes": a verb, not a noun
            or toks[trig].text.islower() and toks[trig - 1].fold not in
            _ARTICLE_WORDS | self.r.articles | _DETERMINERS | _GENITIVE)
        agents: list[_Candidate] = []
        patients: list[_Candidate] = []
        strong_agents: list[_Candidate] = []
        far_by: list[_Candidate] = []
        for n, c in enumerate(cands):
            prep = _prev_word(s, c, self.r.title_words)
            if self._after_duration(s, c):
                prep = ""  # "addestrano da settimane reparti russi": "da" of time, no "by"
            ci = s.token_at(c.start)
            bare = " " + " ".join(t.fold for t in toks[trig:ci + 1] if not _is_adverb(t)) + " "
            if any((s.folded.find(f" {p} {toks[ci].fold} ") >= 0
                    or bare.startswith(f" {p} ")) and p.endswith(f" {prep}")
                   for p in rule.words.phrases) and not (
                    # "A call by Kyiv on Ankara": the maker of the appeal (session 14)
                    etype == EventType.APPEAL and prep in self.r.to_agent):
                prep = ""  # "stand by Russia", "al fianco della Russia": the trigger's own
            if c.start > trig_pos and ci - trig <= WINDOW and _agent_phrase(s, c) and not (
                    # "Kiev denuncia l'impiego di missili da parte della Russia": the agent of
                    # the act condemned, not of the condemnation (session 14)
                    etype in _SPEECH_ACTS and any(x.start < trig_pos for x in cands)):
                strong_agents.append(c)  # "l'invio di truppe ... da parte di Pyongyang"
                continue
            if etype == EventType.MILITARY_ASSISTANCE and c.start > trig_pos and \
                    ci - trig <= WINDOW and self._owner_of_needed(s, rule, trig, ci):
                patients.append(c)  # "aide l'effort de guerre de la Russie": whose war
                continue
            if etype == EventType.ACCUSATION and prep in locative and not (
                    c.start > trig_pos and (toks[trig].lemma in _LAID_ON
                                            or toks[trig].fold in _LAID_ON
                                            # "s'en est pris à Séoul" (session 14)
                                            or self._reproached(s, c))):
                # "condemned the talks in Jakarta": a place, not the accused; but blame laid
                # on someone ("a imputé à Kiev la responsabilité", "ha attribuito
                # all'Occidente la colpa", "attributed the blame to Kyiv") names him
                continue
            if etype in CONTESTED and c.start < trig_pos and self._reproached(s, c):
                continue  # "a reproché à Pyongyang l'envoi de soldats": the accused, below
            if etype == EventType.APPEAL and prep == "from" and c.start > trig_pos:
                patients.append(c)  # "asked for an explanation from Moscow" (session 14)
                continue
            if etype == EventType.APPEAL and (prep in _IN or prep in locative
                                              and c.kind == "capital" and ci < trig):
                continue  # "i soldati nordcoreani in Russia", "a Kiev": where, not whom
            if converse and participle and prep in ("by", "par") and c.start > trig_pos:
                patients.append(c)  # "the shells were bought by Russia": who buys receives
                continue
            if converse and prep in _BOUGHT_FROM and c.start > trig_pos and (
                    toks[trig].lemma in _BUY_LEMMAS or toks[trig].fold in _BUY_LEMMAS):
                strong_agents.append(c)  # "a acheté des obus à la Corée du Nord": the seller
                continue
            if prep in self.r.to_agent and prep not in _GENITIVE and c.start > trig_pos and \
                    any(trig < b < ci and toks[b].fold in _AND for b in bounds):
                continue  # "è arrivato a Pyongyang ed è stato ricevuto da Kim": another verb's
            if etype in _BETWEEN_STATES and prep in self.r.to_patient and c.start > trig_pos \
                    and any(trig < b < ci and toks[b].fold in _AND
                            and self._other_verb_after_and(s, b, ci) for b in bounds):
                # "ha condannato l'invio di truppe nordcoreane e ha chiesto a Pechino di
                # ...": whom the next verb after "and" asks is not where they went
                # (session 16)
                continue
            if prep in self.r.to_agent and prep not in _GENITIVE and c.start > trig_pos \
                    and not participle and (used := self._by_of_other_participle(s, rule, trig,
                                                                                   ci)):
                # "North Korea supplies half of the shells fired by Russian forces": the "by"
                # of a participle of the goods is its agent, not the trigger's; who uses the
                # goods received them
                if used == "use" and etype == EventType.SUPPLY:
                    patients.append(c)
                continue
            if prep in self.r.to_agent and prep not in _GENITIVE and (
                    # "the dispatch of troops by North Korea was condemned by Seoul": before
                    # a passive participle, a "by" is another word's
                    c.start < trig_pos and not participle
                    or c.start > trig_pos and _gap(s, rule, trig, ci) <= PASSIVE_WORDS
                    or participle and c.start > trig_pos):
                strong_agents.append(c)
            elif prep in self.r.to_agent and prep not in _GENITIVE and ci - trig <= WINDOW:
                # "support for all measures taken by Moscow": what the trigger is about
                far_by.append(c)
            elif c.kind == "demonym" and ci == trig + 1 and trig > 0 and (
                    toks[trig - 1].fold in _ARTICLE_WORDS | self.r.articles | _DETERMINERS) \
                    and etype in CONTESTED:
                # "les envois nord-coréens de munitions", "le forniture nordcoreane": the
                # adjective of the act's noun is who does it; of a noun of buying, who buys
                # ("gli acquisti russi di proiettili", "les achats russes d'obus": the
                # recipient, session 16)
                (patients if converse else strong_agents).append(c)
            elif c.kind == "demonym" and (
                    _next_to(s, ci, rule.needs)
                    # (from the last word of a name of two: "North Korean military
                    # personnel", "North Korean army engineers")
                    or _next_to(s, s.token_at(c.end - 1), rule.needs)) and (
                    ci - trig <= 4
                    # "ha ricevuto sistemi di difesa aerea russi", "a reçu des systèmes de
                    # défense antiaérienne russes": the adjective after the thing's words
                    or ci - trig <= 8 and self.b.language != "en"
                    and _ends_phrase(s, ci - 1, rule.needs)) and \
                    not self._adjective_of_other_noun(s, ci, rule.needs) and not (
                        # "ha inviato in Russia combattono al fianco delle truppe russe": the
                        # troops beside whom they fight are not the ones sent
                        ci > trig and etype == EventType.DEPLOYMENT
                        and any(toks[k].fold in _BESIDE - {"with", "for", "con", "per",
                                                           "avec", "pour"}
                                for k in range(trig + 1, ci))) and (
                    ci < trig or etype != EventType.MILITARY_ASSISTANCE
                    # "sending engineers to help Russian forces": the forces of the verb
                    # after, whom they help, are not who sends
                    and not any(self._is_verb(toks[k]) and toks[k - 1].fold in _PURPOSE_TO
                                for k in range(trig + 1, ci))):
                # "North Korean troops", "truppe nordcoreane"; not "sent troops to Russia
                # to help drive Ukrainian forces out": a purpose, another clause
                strong_agents.append(c)
            elif prep in self.r.to_patient and not (
                    etype == EventType.DEPLOYMENT and prep in _COMITATIVE | {"avec"}):
                # ("fighting side by side with Russian troops": whom they fight with is
                # where they were sent to no more than who sent them)
                patients.append(c)
            elif c.start < trig_pos:
                if both_after:
                    continue
                # "Moscow received shells": the subject of a converse verb is the patient
                (patients if passive or participle or converse else agents).append(c)
            elif genitive and not [x for x in cands[:n] if x.start > trig_pos] \
                    and ci - trig <= 8 and not (partitive and c.kind == "demonym"):
                # "la visita del ministro degli Esteri russo Lavrov"
                strong_agents.append(c)
            elif ci - trig - self._collective_words(toks, trig, ci) - self._quoted_object(
                    s, trig, ci) - self._duration_words(toks, trig, ci) - max(
                    self._apposed_title_words(s, trig, ci),
                    self._title_words_before(s, trig, ci) if etype in _SPEECH_ACTS else 0) \
                    <= PATIENT_WORDS:
                # "a appelé jeudi les pays du G7": the collective's name is the object
                patients.append(c)  # the object right after the verb
            elif patients and patients[-1].start > trig_pos and _joined_by_and(
                    self.text[patients[-1].end:c.start],
                    # "ha chiesto alla Cina e alla Russia", "to China and to India"
                    _prev_word(s, patients[-1], self.r.title_words)):
                # "ha accusato la Russia e la Corea del Nord": the object's second name
                patients.append(c)
        # "Japan, South Korea and the United States condemned North Korea and urged
        # China": a subject of several names joined by "and" is one subject
        subject = self._coordinated(s, agents, agents[0], forward=True) if agents else []
        if len(agents) > len(subject) >= 1 and _coordinated_predicate(
                s, [subject[-1], *agents[len(subject):]], trig):
            # "Kim received Belousov ... and pledged support": the subject of both verbs
            if not patients and any(t.fold in _DATIVE_CLITICS
                                    for t in s.tokens[max(0, trig - 3):trig]):
                # "ha incontrato Mark Rutte e gli ha chiesto": "gli" is the one just named
                patients = agents[-1:]
            agents = subject
            strong_agents = strong_agents or subject
        if strong_agents and strong_agents[-1].start > trig_pos and \
                not _agent_phrase(s, strong_agents[-1]):
            # "was condemned by South Korea and Japan", "approuvé par Séoul et Tokyo": the
            # names joined to the agent after "by" are agents too
            more = [c for c in self._coordinated(s, cands, strong_agents[-1], forward=True)[1:]
                    if not any(trig < b <= s.token_at(c.start) for b in bounds)
                    and not any(p.actor == c.actor and p is not c for p in patients)]
            strong_agents += [c for c in more if c not in strong_agents]
            patients = [c for c in patients if c not in more]
        if etype == EventType.ACCUSATION and not patients:
            # "condemned the mutual defence treaty between Moscow and Pyongyang": the sides
            # of what is condemned, after "between", are accused
            # ("a dénoncé une « escalade dangereuse » de la coopération militaire entre la
            # Russie et la Corée du Nord": further, in the trigger's clause)
            k = next((k for k in range(trig + 1, min(trig + 13, len(toks)))
                      if toks[k].fold in _BETWEEN
                      and not any(trig < b <= k for b in bounds)), None)
            first = next((c for c in cands if k is not None and s.token_at(c.start) == k + 1
                          or k is not None and s.token_at(c.start) == k + 2
                          and toks[k + 1].fold in _ARTICLE_WORDS), None)
            if first is not None:
                patients = self._coordinated(s, cands, first, forward=True)
        # "riuniti a Washington hanno condannato le forniture ... a Mosca": who receives
        # is named after the trigger; a "to" before it is another verb's place
        patients = patients or far_by
        after = [c for c in patients if c.start > trig_pos]
        before = [c for c in patients if c.start < trig_pos]
        if after and before and trig - s.token_at(before[-1].end - 1) <= 3 and not (
                # "a exprimé à Choïgou son soutien à la Russie", "expressed to Lavrov support
                # for Russia": the noun's own complement, right after it, is whom it is for;
                # the verb's indirect object before it is whom it is told to
                _prev_word(s, after[0], self.r.title_words) in _BENEFACTIVE
                and s.token_at(after[0].start) - trig <= 6
                and "," not in self.text[trig_pos:after[0].start]):
            after = []  # "ha promesso a Mosca un sostegno": the object of the trigger's verb
        if etype == EventType.APPEAL and before and after and participle and any(
                a.start > trig_pos for a in strong_agents):
            # "La Chine a été exhortée par la France à peser sur Pyongyang": the passive's
            # subject is appealed to, not a name of what it is asked to do (session 14)
            after, patients = [], before
        patient_group = self._nearest(s, after or patients, trig_pos, before=False)
        agent_group = strong_agents or self._nearest(s, agents, trig_pos, before=True)
        seen: dict[str, str] = {}
        for c in agent_group:
            seen.setdefault(c.actor, agent)
        for c in patient_group:
            if etype == EventType.RATIFICATION and c.start < trig_pos and \
                    _kind(self, c.actor) in ("person", "government_body"):
                # "Putin signed the law ratifying the pact, which was passed by the Duma":
                # a person or body is never a treaty's party; before the trigger it is who
                # ratifies, whatever passive follows
                seen.setdefault(c.actor, agent)
            seen.setdefault(c.actor, patient)
        return list(seen.items())

    def _title_words_before(self, s: Sentence, trig: int, ci: int) -> int:
        """Words between a speech act's verb and the name at token ``ci`` that do not push
        the name out of reach: a day or an adverb, the title's words and the state's
        adjective between the title and the name ("a exhorté jeudi l'ambassadeur russe Georgy
        Zinoviev à", "a demandé au président sud-coréen Yoon Suk Yeol de", session 14)."""
        toks = s.tokens
        n = sum(1 for k in range(trig + 1, ci) if toks[k].fold in _TIME_ADVERBS
                or toks[k].fold in self.r.title_words and toks[k].text.islower())
        last = max((k for k in range(trig + 1, ci) if toks[k].fold in self.r.title_words
                    and toks[k].text.islower()), default=None)
        if last is not None and 0 < ci - last - 1 <= 3 and all(
                toks[k].text.islower() and toks[k].fold not in _PREPOSITIONS | _ARTICLE_WORDS
                | _GENITIVE for k in range(last + 1, ci)):
            n += ci - last - 1
        return n

    def _reproached(self, s: Sentence, c: _Candidate) -> bool:
        """The name is whom a reproach is made to, after "à", "a" ("a reproché à Pyongyang
        l'envoi de soldats", "ha rimproverato a Pechino di aver fornito"): the accused,
        who did what is charged (the accusation's rule), no side where the act went."""
        j = s.token_at(c.start) - 1
        while j >= 0 and s.tokens[j].fold in _ARTICLE_WORDS:
            j -= 1
        if j < 1 or s.tokens[j].fold not in _REPROACH_TO:
            return False
        v = s.tokens[j - 1]
        return v.fold in _REPROACH or v.lemma in _REPROACH

    def _by_of_other_act(self, s: Sentence, c: _Candidate, etype: EventType) -> bool:
        """The "by", "da", "par" before ``c`` follows a noun of another event ("during a
        visit by Lavrov", "durante la visita del ministro"): the agent is that act's."""
        toks = s.tokens
        k = s.token_at(c.start) - 1
        while k > 0 and toks[k].fold not in self.r.to_agent and s.token_at(c.start) - k < 8:
            k -= 1
        if k <= 0 or toks[k].fold not in self.r.to_agent:
            return False
        prev = toks[k - 1]
        return any(r.type != etype and (prev.fold in r.words.words or prev.lemma in r.words.words)
                   and not r.needs for r in self.r.events)

    def _adjective_of_other_noun(self, s: Sentence, i: int, needs: WordSet) -> bool:
        """In Italian and French an adjective follows its noun: the state's adjective at
        token i right after another noun ("approvisionné l'armée russe en obus", "ha
        rifornito l'esercito russo di proiettili") qualifies that noun, not the arms after."""
        if self.b.language not in ("it", "fr") or i < 1:
            return False
        prev = s.tokens[i - 1]
        if i >= 2 and (s.tokens[i - 2].fold in needs.words or s.tokens[i - 2].lemma
                       in needs.words):
            return False  # "forze speciali nordcoreane": the need and its adjective
        if _ends_phrase(s, i - 1, needs):
            return False  # "sistemi di difesa aerea russi": the end of a need's phrase
        return prev.text.islower() and prev.fold.isalpha() and len(prev.fold) > 3 \
            and prev.fold not in needs.words and prev.lemma not in needs.words \
            and prev.fold not in _PREPOSITIONS | _GENITIVE | _ARTICLE_WORDS \
            and not self._is_verb(prev)

    def _relative_head(self, s: Sentence, trig: int,
                       cands: list[_Candidate]) -> _Candidate | None:
        """The name right before ", who", ", qui", ", che" when the trigger is that
        relative clause's verb (its auxiliaries, adverbs and a date between)."""
        toks = s.tokens
        k = trig - 1
        while k > 0 and (toks[k].fold in _AUXILIARIES | _ADVERBS | _CLITICS
                         or toks[k].text[:1].isdigit()) and trig - k < 5:
            k -= 1
        if k < 1 or toks[k].fold not in self.r.relatives or \
                "," not in self.text[toks[k - 1].end:toks[k].start]:
            return None
        return next((c for c in cands if c.end == toks[k - 1].end), None)

    def _approval_agents(self, s: Sentence, cands: list[_Candidate],
                         out: list[FoundEvent]) -> list[FoundEvent]:
        """In a sentence that tells a ratification, a body or person named after a noun of
        approval ("the pact's approval by the State Duma on Oct. 24 and by the Federation
        Council on Nov. 6", "dopo il voto favorevole della Duma e del Consiglio della
        Federazione", "con un decreto del Presidium", "après son adoption par la Douma")
        ratifies: one ratification each, with the sentence's parties, dated by its own part
        of the sentence. A treaty's party is a state: a body or person read as one is not
        (session 14, milestones round)."""
        # "Putin ha promulgato la legge", "l'a signée", "signed the law": a law signed is a
        # ratification only once one is told and the law is what is signed (not "signed the
        # treaty in June", "signed a law on foreign agents")
        # ("Il testo era stato ratificato dalla Duma e promulgato dal presidente": the law of
        # the ratification told before it in the sentence)
        refs = self.r.agreement_refs.words
        out = [e for e in out if not (
            e.type == EventType.RATIFICATION
            and (k := s.token_at(e.trigger[0])) == s.token_at(e.trigger[1] - 1)
            and s.tokens[k].fold in _LAW_SIGN_VERBS and not self._law_approved(s, [k])
            and not ("into" in [t.fold for t in s.tokens[k + 1:k + 5]]
                     and any(t.fold in refs for t in s.tokens))
            and not (any(o.type == EventType.RATIFICATION and o.trigger[1] <= e.trigger[0]
                         for o in out)
                     and not any(t.fold in refs for t in s.tokens[k + 1:k + 5])))]
        rats = [e for e in out if e.type == EventType.RATIFICATION]
        if not rats:
            return self._state_parties(out)
        toks = s.tokens
        bounds = self._clause_bounds(s)
        preps = self.r.to_agent | _GENITIVE | {"de", "d", "du", "des", "parte"}
        hedges = set(s.hits(self.r.future)) | set(s.hits(self.r.negation))
        ratifying = {a for e in rats for a, r in e.participants if r == "ratifier"}
        found: list[_Candidate] = []
        for n, tok in enumerate(toks):
            if tok.fold not in _APPROVAL_NOUNS or not tok.text.islower():
                continue
            if any(0 < n - h <= 6 for h in hedges) or self._hedged_noun(s, n) or \
                    n and toks[n - 1].fold in _SINCE:
                continue  # "manca soltanto la firma del presidente", "since the vote"
            for c in cands:
                k = s.token_at(c.start)
                if not n < k <= n + 14 or any(n < b <= k for b in bounds) or \
                        set(self.text[tok.end:c.start]) & {",", ";"}:
                    continue
                if c.kind in ("source", "pronoun") or _kind(self, c.actor) not in (
                        "person", "government_body", "organization"):
                    continue
                raw = [t.fold for t in toks[max(0, k - 2):k]]
                if c in found or _prev_word(s, c, self.r.title_words) not in preps and not (
                        raw and raw[-1] in preps or len(raw) == 2 and raw[0] in preps
                        and raw[1] in _ARTICLE_WORDS | self.r.articles):
                    continue  # ("il voto favorevole della Duma": "della" is no article)
                found.append(c)
        agents = {c.actor for c in found}
        for e in rats:
            # "Poutine a promulgué la loi de ratification, après un vote de la Douma": the
            # agent of the noun after the trigger is not who ratifies by the verb before it
            who = next((a for a, r in e.participants if r == "ratifier"), None)
            if who not in agents or not any(
                    c.actor == who and c.start > e.trigger[1] for c in found):
                continue
            subject = [c for c in cands if c.end <= e.trigger[0] and c.actor not in agents
                       and _kind(self, c.actor) in ("person", "government_body")
                       and not any(e.trigger[0] > self.text.find(";", c.end) > -1
                                   for _ in (0,))]
            if subject:
                e.participants = [(subject[-1].actor if r == "ratifier" else a, r)
                                  for a, r in e.participants]
                ratifying.discard(who)
                ratifying.add(subject[-1].actor)
        found = [c for c in found if c.actor not in ratifying]
        out = self._one_vote(s, cands, out)
        out = self._milestones_taken_up(s, out)
        rats = [e for e in out if e.type == EventType.RATIFICATION]
        if not found:
            return self._state_parties(out)
        base = rats[0]
        parties = [(a, r) for a, r in base.participants
                   if r == "party" and _kind(self, a) == "state"]
        agents = {c.actor for c in found}
        for e in rats:
            e.participants = [(a, r) for a, r in e.participants
                              if not (r == "party" and a in agents)]
        if not any(r == "ratifier" for _, r in base.participants):
            # "la ratifica era stata sancita con un decreto del Presidium": the ratification
            # told is the body's
            first = found.pop(0)
            base.participants.insert(0, (first.actor, "ratifier"))
            base.trigger = (first.start, first.end)
        for c in found:
            ev = FoundEvent(EventType.RATIFICATION, [(c.actor, "ratifier"), *parties],
                            base.sentence, (c.start, c.end), agreement=base.agreement,
                            notes=list(base.notes), own_part_date=True)
            ev.unreported = base.unreported
            if ev.agreement:
                self._agreement_parties(ev, s)
            out.append(ev)
        return self._state_parties(out)

    def _same_act(self, s: Sentence, cands: list[_Candidate],
                  out: list[FoundEvent]) -> list[FoundEvent]:
        """ "The State Duma ratified the pact on Oct. 24, and the upper chamber followed suit
        on Nov. 6", "Il Consiglio della Federazione ha fatto lo stesso", "la chambre haute a
        fait de même": the milestone told just before (in the sentence, else the text's last
        event) done again by the subject of the phrase (``same_act``): one more of that type,
        the subject its ratifier or signatory (a state its party), the parties of the one
        before when the sentence told it, dated by its own part. Not negated, not in the
        conditional, not with a modal ("has not done the same", "would follow suit")."""
        hits = s.hits(self.r.same_act)
        if not hits:
            return out
        toks = s.tokens
        bounds = self._clause_bounds(s)
        hedges = set(s.hits(self.r.negation)) | set(s.hits(self.r.intent)) | \
            set(s.hits(self.r.conditional)) | set(s.hits(self.r.future))
        doers = {EventType.RATIFICATION: "ratifier", EventType.SIGNING: "signatory"}
        for h in hits:
            if any(0 <= h - x <= 4 for x in hedges) or any(
                    t.fold.endswith(self.r.conditional_endings) and
                    t.fold not in self.r.conditional_not
                    for t in toks[max(0, h - 3):h] if self.r.conditional_endings):
                continue
            at = toks[h].start
            lo = max([b for b in bounds if b <= h], default=0)
            subject = [c for c in cands if c.end <= at and s.token_at(c.start) >= lo
                       and c.kind not in ("source", "pronoun")
                       and _kind(self, c.actor) in ("person", "government_body",
                                                    "organization", "state")
                       and (c.start, c.end) not in self._asserter_spans]
            if not subject:
                continue
            who = subject[-1]
            # (the act just before: "Japan condemned the move, and South Korea did the
            # same" repeats the condemnation, no milestone)
            here = [e for e in out if e.trigger[1] <= who.start]
            last = here[-1] if here else (self.result.events[-1] if self.result.events
                                          else None)
            ref = last if last is not None and last.type in doers else None
            if ref is None or who.actor in {a for a, _ in ref.participants}:
                continue
            role = "party" if _kind(self, who.actor) == "state" else doers[ref.type]
            ev = FoundEvent(ref.type, [(who.actor, role)], (s.start, s.end),
                            (who.start, toks[h].end), agreement=ref.agreement,
                            own_part_date=True)
            if here:
                ev.participants += [(a, r) for a, r in ref.participants
                                    if r == "party" and a != who.actor]
            elif ev.agreement:
                self._agreement_parties(ev, s)
            out.append(ev)
        return out

    def _act_taken_up(self, s: Sentence, out: list[FoundEvent]) -> list[FoundEvent]:
        """ "Kim issued a decree ratifying the treaty, KCNA said, without saying when the
        decree was signed", "Putin ha firmato la legge, ma il decreto è stato pubblicato
        solo ieri": the law or decree taken up by its definite article and signed with no
        one named, in a sentence whose ratification has its ratifier, is that one."""
        done = [e for e in out if e.type == EventType.RATIFICATION
                and any(r == "ratifier" for _, r in e.participants)]
        if not done:
            return out
        toks = s.tokens
        dets = _ARTICLE_WORDS | self.r.articles | _DEFINITE_CONTRACTED
        nouns = self.r.law_refs.words | _APPROVAL_NOUNS
        keep = []
        for e in out:
            k = s.token_at(e.trigger[0])
            if e.type == EventType.RATIFICATION and e not in done and not any(
                    r == "ratifier" for _, r in e.participants) and any(
                    toks[j].fold in nouns and j and toks[j - 1].fold in dets
                    for j in range(max(0, k - 4), k)) and any(
                    o.trigger[1] <= e.trigger[0] for o in done):
                continue
            keep.append(e)
        return keep

    def _one_vote(self, s: Sentence, cands: list[_Candidate],
                  out: list[FoundEvent]) -> list[FoundEvent]:
        """ "The Duma voted in favour of the ratification of the treaty", "a voté à
        l'unanimité en faveur de la ratification": the noun a few words after a vote with
        its voter is that vote, not a ratification of nobody."""
        bounds = self._clause_bounds(s)
        toks = s.tokens
        for e in out:
            if e.type != EventType.RATIFICATION or any(
                    r == "ratifier" for _, r in e.participants):
                continue
            # "La Douma d'État a voté jeudi à l'unanimité en faveur de la ratification": who
            # voted, however far the noun after the vote
            k = s.token_at(e.trigger[0])
            v = next((v for v in range(k - 1, max(-1, k - 10), -1)
                      if toks[v].fold.startswith("vot") and toks[v].text.islower()), None)
            if v is None or any(v < b <= k for b in bounds):
                continue
            voter = [c for c in cands if 0 < v - s.token_at(c.end - 1) <= 7
                     and not any(s.token_at(c.start) < b <= v for b in bounds)
                     and _kind(self, c.actor) in ("person", "government_body")
                     and (c.start, c.end) not in self._asserter_spans]
            if voter:
                e.participants.insert(0, (voter[-1].actor, "ratifier"))
        done = [e for e in out if e.type == EventType.RATIFICATION
                and any(r == "ratifier" for _, r in e.participants)]
        # "The Duma backed the treaty": the chamber's backing is its vote, no support of the
        # treaty's party; "China backed the pact": a stance, no ratification of nobody
        out = [e for e in out if not (
            e.type == EventType.SUPPORT and any(o.trigger == e.trigger for o in done)
            or e.type == EventType.RATIFICATION and e not in done
            and s.tokens[s.token_at(e.trigger[0])].lemma in _STANCE_APPROVALS)]
        keep = []
        for e in out:
            k = s.token_at(e.trigger[0])
            if e.type == EventType.RATIFICATION and not any(
                    r == "ratifier" for _, r in e.participants) and any(
                    0 < k - s.token_at(o.trigger[0]) <= 8
                    and not any(s.token_at(o.trigger[0]) < b <= k for b in bounds)
                    and {p for p in e.participants} <= set(o.participants) | {
                        (a, "party") for a, _ in o.participants}
                    for o in done):
                continue
            keep.append(e)
        return keep

    def _milestones_taken_up(self, s: Sentence, out: list[FoundEvent]) -> list[FoundEvent]:
        """A ratification or signing named by its noun after a definite article ("Con la
        firma del capo del Cremlino si è conclusa la procedura di ratifica da parte russa",
        "The ratification process ended with the signature"), with no one who ratifies or
        signs and no date or place of its own, once the text has told a ratification of the
        agreement: the fact told before taken up, no new one (GUIDELINES, session 14)."""
        told = [e for e in self.result.events
                if e.type in (EventType.RATIFICATION, EventType.SIGNING)]
        if not told:
            return out
        toks = s.tokens
        dets = _ARTICLE_WORDS | self.r.articles | _DEFINITE_CONTRACTED
        keep = []
        for e in out:
            doer = {EventType.RATIFICATION: "ratifier", EventType.SIGNING: "signatory"}.get(
                e.type)
            k = s.token_at(e.trigger[0])
            if doer is not None and not any(r == doer for _, r in e.participants) \
                    and not e.clause and (
                        k and toks[k - 1].fold in dets
                        or k > 2 and toks[k - 1].fold in _GENITIVE | {"de", "d"}
                        and toks[k - 2].text.islower() and toks[k - 3].fold in dets) \
                    and not self._own_time_or_place(s, k) \
                    and any(o.agreement == e.agreement for o in told):
                continue
            keep.append(e)
        return keep

    def _time_of_treaty(self, s: Sentence, i: int) -> bool:
        """The milestone noun at token i is the treaty's, after "before", "after", "ahead
        of" ("Ahead of the treaty's entry into force, Seoul voiced concern", "after the
        pact's signing"): a time, as "after the signing" is (session 14)."""
        toks = s.tokens
        if self.b.language != "en" or i < 4 or toks[i - 1].fold != "s" or \
                toks[i - 2].fold not in self.r.agreement_refs.words:
            return False
        k = i - 3
        while k > 0 and toks[k].fold in _ARTICLE_WORDS | self.r.articles and i - k < 6:
            k -= 1
        return toks[k].fold in _AFTER_BEFORE or toks[k].fold == "of" and k > 0 and \
            toks[k - 1].fold in ("ahead", "prior")

    def _treaty_taken_up(self, s: Sentence, stray: set[str]) -> bool:
        """The sentence names the agreement told before by its noun after a definite
        article or a possessive ("the treaty's entry into force", "il trattato", "le
        traité"), and no state of ``stray`` is named right before it or in the words after
        it ("Seoul's pact", "the treaty with Japan": another agreement)."""
        toks = s.tokens
        refs = self.r.agreement_refs.words
        dets = _ARTICLE_WORDS | self.r.articles | _DEFINITE_CONTRACTED
        for k, t in enumerate(toks):
            if t.fold not in refs or not k or toks[k - 1].fold not in dets:
                continue
            near = self._mentions_in(toks[max(0, k - 3)].start,
                                     toks[min(len(toks) - 1, k + 4)].end)
            if not any(m.target in stray for m in near):
                return True
        return False

    def _state_parties(self, out: list[FoundEvent]) -> list[FoundEvent]:
        """A treaty's party is a state: a body or person read as one ("The pact, which the
        Duma adopted, now goes to the Federation Council") is no side of the milestone."""
        for e in out:
            if e.type in MILESTONES:
                e.participants = [(a, r) for a, r in e.participants if r != "party"
                                  or _kind(self, a) in ("state", None)]
        return [e for e in out if e.participants]

    def _law_agents(self, s: Sentence, trig: int, cands: list[_Candidate]) -> list[_Candidate]:
        """When the ratification trigger names a law or decree ("the ratification law",
        "la legge di ratifica", "le décret de ratification"), the names after "by", "da",
        "par" in the sentence that are agents of its passive verbs, each with its whole
        title ("signed by North Korean leader Kim Jong Un")."""
        toks = s.tokens
        if not any(toks[k].fold in _LAW_NOUNS for k in range(max(0, trig - 3),
                                                             min(len(toks), trig + 2))):
            return []
        by_words = self.r.to_agent - _GENITIVE - {"from"}
        out: list[_Candidate] = []
        for c in cands:
            if c.kind in ("source", "demonym", "pronoun"):
                continue  # (a fronted "Firmata ieri da Putin, la legge di ratifica" too)
            if _prev_word(s, c, self.r.title_words) in by_words or \
                    self._word_before_title(s, c) in by_words:
                out.append(c)
        return out

    def _told_to(self, s: Sentence, c: _Candidate, trig: int) -> bool:
        """The name ``c``, before the trigger, is the object of a verb of saying whose
        subject is named before it ("assured Lavrov of", "told Kim", "ha ribadito a Lavrov",
        "a assuré à Lavrov")."""
        toks = s.tokens
        k = s.token_at(c.start)
        if k >= trig:
            return False
        j = k - 1
        dative = False
        while j >= 0 and (toks[j].fold in _ARTICLE_WORDS or toks[j].fold in _BENEFACTIVE
                          or toks[j].fold in self.r.title_words
                          or toks[j].fold in self.r.titles):
            dative = dative or toks[j].fold in _BENEFACTIVE
            j -= 1
        if j < 1 or not any(toks[j].fold in ws.words or toks[j].lemma in ws.words
                            for ws in (self.r.report, self.r.confirm)):
            return False
        # "said to Lavrov", "ha ribadito a Lavrov"; "told Kim", "assured Lavrov"; not "said
        # Pyongyang had shipped shells", whose name is what is said's subject
        if not dative and toks[j].fold not in self.r.spoken_to | _TELL_WHOM and \
                toks[j].lemma not in _TELL_WHOM:
            return False
        if toks[j].fold in self.r.according_to.words or toks[j - 1].fold in _ARTICLE_WORDS:
            return False  # "according to", "the report": no verb
        return any(m.start < toks[j].start and not m.agreement
                   for m in self.mentions.within(s.start, toks[j].start))

    def _troops_adjective(self, s: Sentence, c: _Candidate, needed: list[WordSet]) -> bool:
        """The state's adjective qualifies troops or arms ("North Korean troops", "le
        truppe nordcoreane", "3.000 soldati nordcoreani"; not "una delegazione militare
        nordcoreana", whose noun is the delegation)."""
        toks = s.tokens
        a, b = s.token_at(c.start), s.token_at(c.end - 1)

        def hit(t: Token) -> bool:
            return any(t.fold in ws.words or t.lemma in ws.words for ws in needed)

        if b + 1 < len(toks) and hit(toks[b + 1]):
            return True
        return a >= 1 and hit(toks[a - 1]) and (
            a < 2 or toks[a - 2].text[:1].isdigit() or toks[a - 2].fold in
            self.r.articles | _ARTICLE_WORDS | _DETERMINERS | _DEFINITE_CONTRACTED | _GENITIVE)

    def _one_fact_per_trigger(self, s: Sentence, out: list[FoundEvent]) -> list[FoundEvent]:
        """One verb, one fact: a sending read both as a supply and as a deployment
        ("ha trasferito a Pyongyang tecnologie militari ... in cambio delle truppe") is the
        one whose needed word stands nearest after the verb (the technologies: a supply)."""
        def needed(ev: FoundEvent) -> int:
            t = s.token_at(ev.trigger[0])
            hits = [k for r in self.r.events if r.type == ev.type and r.needs
                    for k in s.hits(r.needs) if k > t]
            return min(hits, default=len(s.tokens))

        def subject(ev: FoundEvent) -> int:
            """How far before a passive verb its needed word stands (its subject: "shells
            have been transferred to Russian forces"), or the sentence's length."""
            t = s.token_at(ev.trigger[0])
            if not self._passive_participle(s, t):
                return len(s.tokens)
            hits = [t - k for r in self.r.events if r.type == ev.type and r.needs
                    for k in s.hits(r.needs) if k < t]
            return min(hits, default=len(s.tokens))

        kept = list(out)
        for a in out:
            for b in out:
                if a is not b and a in kept and b in kept and a.trigger == b.trigger and \
                        {a.type, b.type} == {EventType.SUPPLY, EventType.DEPLOYMENT} and \
                        subject(a) < subject(b):
                    kept.remove(b)
                elif a is not b and a in kept and b in kept and a.trigger == b.trigger and \
                        {a.type, b.type} == {EventType.SUPPLY, EventType.DEPLOYMENT} and \
                        needed(a) < needed(b) < len(s.tokens) and not any(
                            # "missiles and thousands of soldiers": two objects, two facts
                            t.fold in _AND and t.text != "è"
                            for t in s.tokens[needed(a):needed(b)]):
                    kept.remove(b)
        return kept

    def _apposed_title_words(self, s: Sentence, trig: int, ci: int) -> int:
        """ "urged the Russian ambassador in Seoul, Georgy Zinoviev, to...", "ha chiesto
        all'ambasciatore russo a Seul, Georgy Zinoviev, il ritiro": a person's title with its
        post, then the person's name after a comma; the words from the title's noun to the
        name count as none (the name is the object of the verb)."""
        toks = s.tokens
        if ci - 1 <= trig or "," not in self.text[toks[ci - 1].end:toks[ci].start]:
            return 0
        for k in range(trig + 1, ci):
            if "," in self.text[toks[k - 1].end:toks[k].start]:
                return 0
            if toks[k].fold in _UNNAMED_TITLE_NOUNS or toks[k].fold in self.r.titles:
                return ci - k - 1 if ci - k <= 5 else 0
        return 0

    def _quoted_object(self, s: Sentence, a: int, b: int) -> int:
        """Words quoted between tokens a and b as the object of a preposition whose owner
        follows ("sostegno alle «legittime misure» di Pyongyang", "support for the
        "legitimate steps" of Pyongyang"): not counted in how far the owner stands."""
        toks = s.tokens
        quoted = [k for k in range(a + 1, b) if s.quoted(toks[k].start)]
        if not quoted or quoted[-1] + 1 >= len(toks) or \
                toks[quoted[-1] + 1].fold not in _GENITIVE or \
                toks[quoted[0] - 1].fold not in self.r.to_patient | _DEFINITE_CONTRACTED \
                | _ARTICLE_WORDS:
            return 0
        return len(quoted)

    def _collective_words(self, toks: list[Token], a: int, b: int) -> int:
        """Words of a collective's head between tokens a and b ("les pays du", "the
        countries of the"): not counted in how far an object stands from its verb."""
        n = 0
        for k in range(a + 1, b):
            if toks[k].fold in self.r.collective_heads:
                n += 1 + sum(1 for t in toks[k + 1:min(k + 3, b)]
                             if t.fold in _GENITIVE | _ARTICLE_WORDS)
                if k > a + 1 and toks[k - 1].fold in _ARTICLE_WORDS:
                    n += 1
        return n

    def _after_duration(self, s: Sentence, c: _Candidate) -> bool:
        """The word taken for the preposition before a name opens a phrase of duration
        ("da settimane reparti russi", "for weeks Russian units"): no agent's "by"."""
        prep = _prev_word(s, c, self.r.title_words)
        ci = s.token_at(c.start)
        toks = s.tokens
        k = next((k for k in range(ci - 1, max(-1, ci - 6), -1) if toks[k].fold == prep), None)
        return k is not None and prep in _DURATION_PREPS and any(
            t.fold in _SPANS_OF_TIME for t in toks[k + 1:min(k + 4, ci)])

    @staticmethod
    def _duration_words(toks: list[Token], a: int, b: int) -> int:
        """Words of a phrase of duration between tokens a and b ("addestrano da settimane
        reparti russi", "entraînent depuis des semaines des unités", "for weeks"): not
        counted in how far an object stands from its verb."""
        n = 0
        for k in range(a + 1, b):
            if toks[k].fold not in _SPANS_OF_TIME:
                continue
            j = k - 1
            while j > a and k - j <= 3 and (toks[j].fold in _DURATION_PREPS | _ARTICLE_WORDS
                                             or toks[j].fold in _FEW or toks[j].fold.isdigit()):
                j -= 1
            if j < k - 1 and toks[j + 1].fold in _DURATION_PREPS:
                n += k - j
        return n

    def _nearest(self, s: Sentence, group: list[_Candidate], pos: int,
                 before: bool) -> list[_Candidate]:
        """The candidate closest to the trigger, with those joined to it by "and"."""
        if not group:
            return []
        ordered = sorted(group, key=lambda c: abs(c.start - pos))
        first = ordered[0]
        return self._coordinated(s, sorted(group, key=lambda c: c.start), first,
                                 forward=first.start > pos)


_NAME_WORDS: dict[str, tuple[frozenset[str], frozenset[str], frozenset[str]]] = {}


#: words that open a clause at a sentence's start, capitalised there, never a name ("Come ha
#: dichiarato Lavrov", "Comme l'a déclaré", "As Lavrov said")
_CLAUSE_OPENERS = frozenset({"come", "comme", "as", "cosi", "ainsi", "quando", "lorsque",
                             "quand", "when", "mentre", "tandis", "while", "dopo", "apres",
                             "after", "before", "prima", "avant", "se", "si", "if", "anche",
                             "aussi", "also", "pero", "mais", "but", "however", "tuttavia",
                             "cependant", "inoltre", "intanto", "ora", "oggi", "ieri"})


#: pronouns, capitalised where a quotation opens ("« Nous répondrons », a déclaré"), never a
#: name
_PRONOUN_WORDS = frozenset({"nous", "noi", "we", "je", "io", "vous", "voi", "you", "tu",
                            "on", "ce", "cela", "ceci", "questo", "questa", "this", "it",
                            "ci", "they", "ils", "elles", "essi", "loro", "nessuno",
                            "personne", "nobody", "everyone", "tutti", "tous"})


#: goods and people sent that make a verb of sending no submission (`_goods_sent`)
_SENT_GOODS = frozenset({
    "arms", "weapons", "weaponry", "munitions", "ammunition", "missile", "missiles", "rockets",
    "shells", "fuel", "oil", "artillery", "equipment", "workers", "drones", "aid", "troops",
    "soldiers", "armi", "armamenti", "munizioni", "missili", "razzi", "proiettili",
    "carburante", "petrolio", "artiglieria", "equipaggiamenti", "lavoratori", "droni", "aiuti",
    "truppe", "soldati", "militari", "armes", "armements", "roquettes", "obus",
    "carburant", "petrole", "artillerie", "equipements", "ouvriers", "aide", "troupes",
    "soldats"})
#: relative adverbs of place opening a clause ("where he signed", "dove ha firmato", "où il
#: a signé")
_WHERE_OPENERS = frozenset({"where", "dove", "ou"})
#: first words of milestones' phrases that start no verb ("entry into force", "en vigueur
#: depuis", "l'entrée en vigueur")
_NOT_VERB_HEADS = frozenset({"in", "en", "into", "entry", "entree", "entrees", "applicable",
                             "operativa", "operativo"})


def _name_words(r: LanguageRules) -> tuple[frozenset[str], frozenset[str], frozenset[str]]:
    """Words no bare name holds (titles, articles, prepositions...), the words of meeting,
    and the verbs (of saying and of the events) a bare name may be the subject of."""
    if r.language in _NAME_WORDS:
        return _NAME_WORDS[r.language]
    not_name = (r.title_words | _TITLE_NOUNS | frozenset(r.titles) | r.articles | _GENITIVE
                | r.org_heads | r.to_patient | r.to_agent | r.source_nouns | _AND
                | r.plural_titles | _DETERMINERS | _CLAUSE_OPENERS | _PRONOUN_WORDS
                | r.subject_pronouns)
    meeting = frozenset(w for rule in r.events if rule.type == EventType.MEETING
                        for w in rule.words.words)
    verbs = frozenset(r.confirm.words | r.report.words | r.deny.words | r.stance.words
                      | r.report_after_quotation.words
                      | {w for rule in r.events for w in rule.words.words})
    return _NAME_WORDS.setdefault(r.language, (not_name, meeting, verbs))


#: Verbs of talking about a topic ("discussed", "discusso", "évoqué").
_DISCUSS_WORDS = frozenset({"discussed", "discuss", "discussing", "talked", "addressed",
                            "reviewed", "discusso", "affrontato", "esaminato", "discute",
                            "evoque", "aborde", "examine"})
#: The nouns of troops a deployment or military help needs, per language.
_TROOP_NOUNS: dict[str, frozenset[str]] = {}
#: The words of the contested facts' rules, per language: (the troops' or arms' words they
#: need, their verbs); built once, not for every sentence.
_CONTESTED_WORDS: dict[str, tuple[frozenset[str], frozenset[str]]] = {}


def _contested_words(r: LanguageRules) -> tuple[frozenset[str], frozenset[str]]:
    if r.language not in _CONTESTED_WORDS:
        needs = frozenset(w for rule in r.events if rule.type in CONTESTED
                          for w in rule.needs.words)
        verbs = frozenset(w for rule in r.events if rule.type in CONTESTED
                          for w in rule.words.words) - needs
        _CONTESTED_WORDS[r.language] = (needs, verbs)
    return _CONTESTED_WORDS[r.language]


def _kind(state: _State, actor: str) -> str | None:
    """The kind of an actor of the graph or of one found in this text."""
    info = state.lexicon.actors.get(actor)
    if info is not None:
        return info.kind
    new = state.result.new_actors.get(actor)
    return new.kind if new is not None else None


def _QUOTES_BETWEEN(text: str, a: int, b: int) -> bool:  # noqa: N802
    return any(q in text[a:b] for q in "“”«»")


def _modifier(t: Token) -> bool:
    """An adjective-like word next to a source noun ("Western", "state", "sudcoreane")."""
    return t.fold.isalpha() and len(t.fold) > 2 and (
        t.fold.endswith(("an", "ern", "al", "ic", "ese", "ish", "ali", "ane", "ani", "ana",
                         "ano", "ici", "iche", "ese", "esi", "ain", "aine", "ains", "aines",
                         "ienne", "iens", "iennes", "ien", "ais", "aise", "ale", "aux",
                         "ali", "oni", "ensi", "ense", "tali", "ari", "are", "ica", "ico",
                         "aire", "aires", "ique", "iques", "ive", "ives", "ales", "elle",
                         "elles", "ivi", "iva", "ivo"))
        or t.fold in {"senior", "top", "high", "ranking", "former", "alti", "alto", "haut",
                      "hauts", "officielle", "officiel", "news",
                      "state", "military", "government", "intelligence", "security",
                      "defence", "defense", "diplomatic", "statali", "russi", "russe",
                      "occidentali", "ufficiali", "governative", "stato", "etat",
                      # unnamed, anonymous, informed, concurring sources
                      "unnamed", "anonymous", "informed", "knowledgeable", "independent", "spy",
                      "anonime", "anonimi", "informate", "qualificate", "concordanti",
                      "anonymes", "informees", "autorisees", "concordantes"})


def _org_gap(gap: str) -> bool:
    """What may stand between an organisation and a title: nothing, "'s", or up to two
    lower-case words ("Kremlin security chief", "Pentagon deputy spokesperson")."""
    words = _WORD.findall(gap)
    if set(words) <= {"s"}:
        return True
    return len(words) <= 2 and all(w.islower() for w in words) and "," not in gap


def _next_to(s: Sentence, i: int, ws: WordSet) -> bool:
    """Token i is next to (one word at most away from) a word of ``ws``."""
    for j in (i - 2, i - 1, i + 1, i + 2):
        if 0 <= j < len(s.tokens) and (s.tokens[j].fold in ws.words
                                       or s.tokens[j].lemma in ws.words):
            return True
    for p in ws.phrases:
        # "Russian air-defence systems", "sistemi di difesa aerea russi": a phrase of it
        words = p.split()
        n = len(words)
        for j in range(max(0, i - n - 1), min(i + 2, len(s.tokens) - n + 1)):
            if j <= i < j + n:
                continue
            if [t.fold for t in s.tokens[j:j + n]] == words:
                return True
    return False


def _ends_phrase(s: Sentence, j: int, ws: WordSet) -> bool:
    """Token j is a word of ``ws`` or the last word of one of its phrases."""
    if j < 0 or j >= len(s.tokens):
        return False
    if s.tokens[j].fold in ws.words or s.tokens[j].lemma in ws.words:
        return True
    return any([t.fold for t in s.tokens[max(0, j - len(p.split()) + 1):j + 1]] == p.split()
               for p in ws.phrases)


_ARTICLE_WORDS = frozenset({"the", "il", "la", "lo", "l", "le", "les", "gli", "i"})

#: Italian articles after "di" that make "chiedere di" a question about a thing.
_IT_INDEFINITE = frozenset({"un", "una", "uno", "un'", "del", "della", "dello", "dei",
                            "degli", "delle", "dell"})
#: Subject pronouns of people and their gender (`_pronoun_doer`).
_SUBJECT_PRONOUN_GENDER: dict[str, dict[str, str | None]] = {
    "en": {"he": "m", "she": "f"}, "fr": {"il": "m", "elle": "f"},
    "it": {"lui": "m", "lei": "f"}}
#: Words opening an aside that tells an act's occasion (`_occasion_asides`).
_OCCASION_OPENERS = (
    ("during",), ("at", "a"), ("at", "the"), ("on", "the", "sidelines"), ("lors",),
    ("pendant",), ("au", "cours"), ("en", "marge"), ("durante",), ("nel", "corso"),
    ("in", "occasione"), ("a", "margine"))
#: The UN's Security Council, with the UN's name when written, never a state's council
#: ("Consiglio di sicurezza russo", "Conseil de sécurité nationale", "Security Council of
#: Russia"; session 15).
_SECURITY_COUNCIL = re.compile(
    r"(?<![\w-])(?:(?:U\.?N\.?|United Nations)\s+)?Security Council"
    r"(?:\s+of\s+the\s+(?:UN|U\.N\.|United Nations))?"
    r"(?!\s+of\s+(?!the\s+(?:UN|U\.N\.|United)))"
    r"|(?<![\w-])Consiglio di [Ss]icurezza"
    r"(?:\s+(?:dell['’]\s?(?:Onu|ONU)|delle Nazioni Unite))?"
    r"(?!\s+(?:russ|nazional|ucrain|nordcorean|sudcorean|della Federazione|di Stato"
    r"|dell['’]\s?Ucraina|del(?:la)? [A-Z]))"
    r"|(?<![\w-])Conseil de [Ss][ée]curit[ée]"
    r"(?:\s+(?:de l['’]\s?(?:ONU|Onu)|des Nations [Uu]nies))?"
    r"(?!\s+(?:national|russe|ukrainien|nord-cor|sud-cor|de la F[ée]d[ée]ration|de Russie"
    r"|de l['’]\s?Ukraine))")
#: The council named alone, after the UN's was named ("al Consiglio di condannare").
_BARE_COUNCIL = re.compile(
    r"(?:(?<=\bthe )|(?<=\b[iI]l )|(?<=\b[adn]el )|(?<=\bal )|(?<=\bdal )|(?<=\b[lL]e )"
    r"|(?<=\bau )|(?<=\bdu ))(?:Council|Consiglio|Conseil)\b"
    r"(?!\s+(?:of|des|du|dell|della|delle|d['’]|for|pour|per)\b)"
    r"(?!\s+(?:di|de)\s+(?:[A-Z]|la\b|le\b|l['’]|sicurezza|s[ée]curit[ée]|guerra|guerre"
    r"|difesa|d[ée]fense|amministrazione|administration))")
#: A state before a council's name ("Russia's", "the Russian", "Ukraine's National").
_STATE_COUNCIL_BEFORE = re.compile(
    r"(?:'s|’s|Russian|Ukrainian|Korean|National|Chinese|Japanese|American|British|French)"
    r"\s+(?:National\s+)?$")
#: The world's states named as one ("the international community", "la comunità
#: internazionale", "la communauté internationale"): an unnamed group of its own.
_COMMUNITY = re.compile(
    r"(?<![\w-])(?:[Ii]nternational [Cc]ommunity|[Cc]omunit[àa] [Ii]nternazionale"
    r"|[Cc]ommunaut[ée] [Ii]nternationale)(?![\w-])")

#: A delegation's nouns and the words of its kind ("military", "parlamentare", "de haut
#: niveau"): with a state's adjective, an unnamed group of its own.
_DELEGATION_NOUNS = frozenset({"delegation", "delegations", "delegazione", "delegazioni"})
#: Participles of leading a delegation ("led by", "guidata da", "conduite par").
_LED_BY = frozenset({"led", "headed", "guided", "guidata", "guidato", "guidate", "guidati",
                     "capeggiata", "capeggiato", "condotta", "presieduta", "diretta",
                     "conduite", "conduit", "menee", "mene", "dirigee", "dirige", "presidee",
                     "emmenee"})
_DELEGATION_KINDS = frozenset({
    "military", "parliamentary", "government", "governmental", "high-level", "senior",
    "official", "trade", "economic", "defence", "defense", "diplomatic", "technical",
    "ministerial", "presidential", "business", "cultural", "high", "level", "militare",
    "militari",
    "parlamentare", "parlamentari", "governativa", "governative", "economica", "economiche",
    "commerciale", "commerciali", "diplomatica", "diplomatiche", "tecnica", "tecniche",
    "ufficiale", "ufficiali", "ministeriale", "militaire", "militaires", "parlementaire",
    "parlementaires", "gouvernementale", "gouvernementales", "economique", "economiques",
    "commerciales", "diplomatique", "diplomatiques", "technique",
    "techniques", "officielle", "officielles", "ministerielle"})
_HIGH_LEVEL = frozenset({("di", "alto", "livello"), ("de", "haut", "niveau"),
                         ("ad", "alto", "livello")})

#: Verbs of a purpose after "to" ("sent to fight", "to back up", "to help"): the names of
#: such a clause are no side of the act before it.
_PURPOSE_VERBS_EN = frozenset({
    "fight", "combat", "battle", "help", "support", "back", "bolster", "reinforce", "assist",
    "aid", "join", "train", "defend", "repel", "retake", "recapture", "drive", "push", "serve",
    "work", "replenish", "shore", "strengthen", "participate", "take", "counter", "halt",
    "stop", "oust", "expel", "attack", "shell", "strike", "replace", "relieve", "boost",
    "prop", "supplement", "protect", "guard", "secure", "liberate", "reclaim", "beat", "defeat"})
#: French words in -er, -ir, -re after "pour" that are no infinitive ("pour leur", "pour autre").
_NOT_INFINITIVES_FR = frozenset({"autre", "notre", "votre", "entre", "contre", "premier",
                                 "dernier", "hier", "leur", "quatre", "cadre", "ordre"})

#: Words that characterise ties as threatening nobody ("aimed at no one", "non è diretta
#: contro", "ne vise personne"): said of a cooperation, a declaration only.
_AIMED_AT_NO_ONE = frozenset({
    ("aimed", "at", "no"), ("aimed", "at", "nobody"), ("not", "aimed", "at"),
    ("not", "directed", "against"), ("directed", "against", "no"),
    ("directed", "against", "nobody"), ("targets", "no", "one"), ("targeted", "at", "no"),
    ("does", "not", "target"), ("not", "targeted", "at"), ("not", "targeting"),
    ("no", "threat", "to"), ("threat", "to", "no", "one"), ("not", "a", "threat"),
    ("against", "no", "one"), ("against", "nobody"), ("against", "no", "third"),
    ("non", "e", "diretta", "contro"), ("non", "diretta", "contro"),
    ("non", "e", "rivolta", "contro"), ("non", "rivolta", "contro"),
    ("non", "e", "contro", "nessuno"), ("contro", "nessuno"), ("non", "minaccia"),
    ("nessuna", "minaccia"), ("non", "e", "una", "minaccia"), ("non", "prende", "di", "mira"),
    ("non", "e", "diretto", "contro"), ("non", "diretto", "contro"), ("non", "sono", "dirette"),
    ("ne", "vise", "personne"), ("ne", "visait", "personne"), ("ne", "vise", "aucun"),
    ("ne", "visait", "aucun"), ("ne", "vise", "pas"), ("ne", "visait", "pas"),
    ("dirigee", "contre", "personne"), ("dirigee", "contre", "aucun"),
    ("dirigee", "contre", "aucune"), ("pas", "dirigee", "contre"),
    ("contre", "personne"), ("ne", "menace", "personne"), ("aucune", "menace"),
    ("ne", "constitue", "pas", "une"), ("n", "est", "pas", "dirigee")})

#: Words between a state and its outlet's name ("North Korea's official KCNA", "l'agence
#: officielle nord-coréenne KCNA", "Russia's state news agency Tass").
_OUTLET_WORDS = frozenset({
    "s", "official", "state", "state-run", "run", "government", "news", "agency", "wire",
    "service", "media", "broadcaster", "outlet", "newspaper", "daily", "television", "tv",
    "agenzia", "ufficiale", "stampa", "di", "statale", "agence", "officielle", "presse",
    "de", "d", "etatique", "publique", "pubblica", "the", "l", "la", "il"})

#: Days counted from the fact told before: a phrase -> its offset ("earlier that day" 0,
#: "the next day" +1, "la veille" -1), and "<n> days later/earlier".
_SAME_DAY_AS_BEFORE = {
    ("earlier", "that", "day"): 0, ("later", "that", "day"): 0, ("that", "same", "day"): 0,
    ("the", "same", "day"): 0, ("on", "the", "same", "day"): 0,
    ("the", "next", "day"): 1, ("the", "following", "day"): 1, ("a", "day", "later"): 1,
    ("the", "day", "before"): -1, ("the", "previous", "day"): -1, ("a", "day", "earlier"): -1,
    ("lo", "stesso", "giorno"): 0, ("quello", "stesso", "giorno"): 0,
    ("nello", "stesso", "giorno"): 0,
    ("il", "giorno", "dopo"): 1, ("il", "giorno", "seguente"): 1,
    ("il", "giorno", "successivo"): 1, ("l", "indomani"): 1, ("all", "indomani"): 1,
    ("il", "giorno", "prima"): -1, ("la", "vigilia"): -1,
    ("le", "meme", "jour"): 0, ("plus", "tot", "dans", "la"): 0,
    ("plus", "tard", "dans", "la"): 0, ("le", "lendemain"): 1, ("au", "lendemain"): 1,
    ("le", "jour", "suivant"): 1, ("la", "veille"): -1, ("le", "jour", "precedent"): -1}
_SMALL_NUMBERS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
                  "due": 2, "tre": 3, "quattro": 4, "cinque": 5, "sei": 6, "sette": 7,
                  "deux": 2, "trois": 3, "quatre": 4, "cinq": 5, "sept": 7}
_DAY_UNITS = {"days": 1, "giorni": 1, "jours": 1, "weeks": 7, "settimane": 7,
              "semaines": 7, "day": 1, "giorno": 1, "jour": 1, "week": 7, "settimana": 7,
              "semaine": 7}
_MONTH_UNITS = frozenset({"month", "months", "mese", "mesi", "mois"})
_AFTER_BEFORE_WORDS = frozenset({"after", "before", "dopo", "prima", "apres", "avant"})
#: words of an approximate count ("less than two weeks", "circa tre giorni", "environ")
_ABOUT_WORDS = frozenset({"than", "about", "around", "some", "nearly", "almost", "di",
                          "circa", "quasi", "de", "environ", "pres", "presque"})
#: verbs of a veto or an abstention on a text (no events of the model)
_VETO_WORDS = frozenset({"veto", "vetoed", "vetoes", "vetoing", "abstained", "abstain",
                         "abstains", "abstaining", "blocked", "astenuta", "astenuto",
                         "astenuti", "astenute", "astenersi", "astiene", "astengono",
                         "bloccato", "bloccata", "abstenue", "abstenu", "abstenus",
                         "abstenues", "abstient", "abstiennent", "bloque", "bloquee"})
#: texts put to a vote ("a resolution condemning", "una risoluzione che condannava")
_TEXT_NOUNS = frozenset({"resolution", "resolutions", "draft", "risoluzione", "risoluzioni",
                         "bozza", "mozione", "motion", "projet"})

#: nouns of a figure given for a fact ("put the figure at 12,000", "la cifra", "ce chiffre")
_FIGURE_NOUNS = frozenset({"figure", "number", "total", "estimate", "cifra", "numero",
                           "totale", "stima", "chiffre", "nombre", "estimation"})
#: "the first to report", "il primo a riferire", "le premier à signaler": who says it first
_FIRST_TO_SAY = frozenset({"first", "primo", "prima", "primi", "prime", "premier",
                           "premiere", "premiers", "premieres"})
#: verbs of a fact taking place ("The talks were held on Nov. 1"), lower case, spaced
_TOOK_PLACE = (" held ", " took place ", " take place ", " taken place ", " si sono svolti ",
               " si sono svolte ", " si è svolto ", " si è svolta ", " si sono tenuti ",
               " si è tenuto ", " si è tenuta ", " ha avuto luogo ", " hanno avuto luogo ",
               " avvenuto ", " avvenuta ", " a eu lieu ", " ont eu lieu ", " s'est déroulée ",
               " s'est déroulé ", " se sont déroulés ", " se sont déroulées ",
               " s'est tenue ", " s'est tenu ", " se sont tenus ", " se sont tenues ")
#: "a week later", "una settimana dopo", "un mois plus tard": one of the unit
_ONE = frozenset({"a", "one", "un", "una", "uno", "une"})
_ONE_UNITS = frozenset({"week", "month", "settimana", "mese", "semaine", "mois"})
_LATER_EARLIER = {("later",): 1, ("after",): 1, ("earlier",): -1, ("before",): -1,
                  ("dopo",): 1, ("piu", "tardi"): 1, ("prima",): -1,
                  ("plus", "tard"): 1, ("apres",): 1, ("plus", "tot"): -1, ("avant",): -1}

_STATE_OF = frozenset({"de", "d", "di", "della", "del", "dell", "du"})
#: Nouns of a person's office that may stand without the person's name ("the Russian
#: ambassador", "il suo omologo nordcoreano", "l'ambassadeur de Chine").
_UNNAMED_TITLE_NOUNS = frozenset({
    "ambassador", "envoy", "counterpart", "counterparts", "diplomat", "president", "leader",
    "premier", "chancellor", "ambasciatore", "ambasciatrice", "omologo", "omologa",
    "inviato", "inviata", "presidente", "ambassadeur", "ambassadrice", "homologue",
    "envoye", "emissaire", "dirigeant"})

#: Words between a state and its allies ("Kyiv's Western partners", "its key allies").
#: Verbs whose object is a fact ("trying to hide its purchases"): what an intent aims at is
#: hiding or excusing the act, not the act (session 16).
_HIDE_VERBS = frozenset({"hide", "hiding", "conceal", "concealing", "mask", "masking",
                         "disguise", "disguising", "justify", "justifying", "downplay",
                         "cover", "covering", "obscure", "nascondere", "occultare",
                         "dissimulare", "mascherare", "giustificare", "minimizzare", "cacher",
                         "dissimuler", "masquer", "justifier", "minimiser", "camoufler"})
#: Words opening a clause of its own with a subject after them ("as it buys arms").
_AS_CLAUSE = frozenset({"as", "while", "whereas", "mentre", "quando", "lorsque", "tandis",
                        "alors", "pendant"})
#: the graph's groups of a state's allies whose id is not ``<state>-allies``
_ALLIES_GROUPS = {"united-states": "us-allies"}
#: the same in Italian and French ("i suoi alleati occidentali" follows the noun; "ses
#: partenaires occidentaux", "ses principaux alliés")
_ALLY_KINDS_ROMANCE = frozenset({"principali", "principaux", "proches", "stretti",
                                 "occidentali", "occidentaux", "europei", "europeens"})
_ALLY_KINDS = frozenset({"western", "european", "international", "foreign", "key", "main",
                         "closest", "close", "major", "nato", "g7", "traditional"})
#: Nouns of troops leaving where they are ("the withdrawal of North Korean troops", "il
#: ritiro delle truppe nordcoreane", "le retrait des soldats nord-coréens"): an appeal
#: for it is addressed to the troops' state.
_WITHDRAWAL = frozenset({
    "withdrawal", "withdrawals", "pullout", "pull-out", "pullback", "removal", "departure",
    "repatriation", "evacuation", "exit", "ritiro", "ritirata", "rimpatrio", "partenza",
    "allontanamento", "uscita", "retrait", "depart", "rapatriement", "sortie"})
#: Verbs that lay responsibility on whom they name with "to", "a", "à" (lemmas, folded).
_LAID_ON = frozenset({"attribute", "attributed", "ascribe", "ascribed", "impute", "imputed",
                      "attribuire", "attribuito", "imputare", "imputato", "addossare",
                      "addossato", "attribuer", "attribue", "imputer", "dato", "dare",
                      # a reproach names whom it is made to after "à", "a" ("a reproché à
                      # Pyongyang d'avoir envoyé", "ha rimproverato a Pechino il suo
                      # sostegno"): the accused (session 14)
                      "reprocher", "reproche", "reprochent", "rimproverare", "rimproverato",
                      "rimproverata", "rimprovera", "rimproverano", "addebitare",
                      "addebitato", "addebitata"})
#: Verbs of reproach whose indirect object is the accused ("reprocher à", "rimproverare a").
_REPROACH = frozenset({"reprocher", "reproche", "reprochent", "rimproverare", "rimproverato",
                       "rimproverata", "rimprovera", "rimproverano", "addebitare",
                       "addebitato", "addebitata",
                       # "s'en est pris à Séoul", "s'en prend à Kiev"
                       "pris", "prend", "prennent", "prenait"})
_REPROACH_TO = frozenset({"a", "au", "aux", "al", "alla", "allo", "ai", "agli", "alle", "all"})
#: Verbs of receiving an appeal ("received an appeal from", "ha ricevuto una richiesta da",
#: "a reçu un appel de"): the subject is appealed to (session 15, `_appeal_frames`).
_APPEAL_RECEIVED = frozenset({
    "received", "receives", "receive", "receiving", "got", "gets", "get", "getting",
    "ricevuto", "ricevuta", "ricevuti", "ricevute", "riceve", "ricevono", "ricevere",
    "ricevendo", "recu", "recue", "recus", "recues", "recoit", "recoivent", "recevoir",
    "recevant"})
#: Nouns of an appeal (what one receives or makes to someone).
_APPEAL_NOUNS = frozenset({
    "appeal", "appeals", "call", "calls", "request", "requests", "plea", "pleas", "demand",
    "demands", "entreaty", "entreaties", "ultimatum", "appello", "appelli", "richiesta",
    "richieste", "invito", "inviti", "sollecitazione", "sollecitazioni", "esortazione",
    "esortazioni", "appel", "appels", "demande", "demandes", "requete",
    "requetes", "exhortation", "exhortations", "sollicitation", "sollicitations",
    "injonction", "injonctions"})
#: Nouns of a call, an appeal only with what it calls for ("a call for restraint").
_CALL_NOUNS = frozenset({"call", "calls", "appel", "appels"})
_PHONE = frozenset({"phone", "telephone", "video", "telephonique", "telephoniques", "videos",
                    "conference", "courtesy"})
_CALL_FOR = frozenset({"for", "to", "a", "au", "aux", "pour"})
#: Words before who makes an appeal received ("from the G7", "da Pechino", "de Pékin").
_APPEAL_FROM = frozenset({"from", "da", "dal", "dalla", "dallo", "dai", "dagli", "dalle",
                          "dall", "de", "du", "des", "d", "part", "by", "par"})
_FR_DE = frozenset({"de", "du", "des", "d"})
#: Words that open a gerund's clause before it ("while pledging", "en réaffirmant", "pur
#: ribadendo").
_GERUND_OPENERS = frozenset({"while", "also", "and", "en", "tout", "pur", "anche", "aussi",
                             "again", "thereby"})
#: Words ending like gerunds that are none ("during", "according", "notwithstanding").
_APPEAL_NOT_GERUNDS = frozenset({"during", "according", "notwithstanding", "regarding",
                          "concerning", "including", "following", "pending", "morning",
                          "evening", "durant", "pendant", "avant", "quando"})
#: Subject pronouns of a body or a state ("said it had asked").
_IT_THEY = frozenset({"it", "they"})
#: A word of government between a preposition and a state's name or adjective ("by the
#: Japanese government", "dal governo giapponese", "par le gouvernement japonais").
_GOVERNMENT_WORDS = frozenset({"government", "governo", "gouvernement", "executive",
                               "esecutivo", "executif", "administration", "authorities",
                               "autorita", "autorites"})
#: Participles of making an appeal to someone ("addressed", "rivolto", "lancé").
_APPEAL_MADE = frozenset({
    "addressed", "made", "sent", "directed", "issued", "launched", "delivered", "extended",
    "conveyed", "renewed", "rivolto", "rivolta", "rivolti", "rivolte", "lanciato", "lanciata",
    "indirizzato", "indirizzata", "inviato", "inviata", "fatto", "fatta", "rinnovato",
    "rinnovata", "trasmesso", "trasmessa", "adresse", "adressee", "lance", "lancee",
    "envoye", "envoyee", "formule", "formulee", "renouvele", "renouvelee", "transmis",
    "transmise"})
#: Words before whom an appeal is made to ("to Moscow", "a Mosca", "alla Russia", "à Pékin").
_APPEAL_TO_WORDS = frozenset({"to", "a", "al", "alla", "allo", "ai", "agli", "alle", "all",
                              "au", "aux"})
#: Words before a name that say where troops leave from, not whose they are.
_FROM_WORDS = frozenset({"from", "da", "dal", "dalla", "dallo", "dai", "dagli", "dalle", "dall",
                         "hors", "out"})
_PREPOSITIONS = frozenset({"in", "into", "to", "at", "from", "by", "with", "nel", "nella",
                           "nello", "nei", "negli", "nelle", "al", "alla", "ai", "agli",
                           "alle", "dal", "dalla", "dai", "dagli", "dalle", "verso", "con",
                           "en", "au", "aux", "dans", "vers", "avec", "par", "della", "dello",
                           "degli", "delle", "sulla", "sul", "sur", "pour", "per", "presso"})
_ORIENTATION = frozenset({"eastern", "western", "northern", "southern", "central", "far",
                          "orientale", "occidentale", "settentrionale", "meridionale"})
# a part of a country before its name ("to the west of Russia", "vers l'ouest de la Russie",
# "nella regione russa", "al confine con"): the preposition before the part is the name's
_PART_NOUNS = frozenset({"west", "east", "north", "south", "ovest", "est", "nord", "sud",
                         "ouest", "region", "regione", "regions", "regioni", "border",
                         "frontiera", "confine", "frontiere", "territory", "territorio",
                         "territoire", "interior", "interno", "interieur", "part", "parte",
                         "partie", "province", "provincia", "oblast", "city", "citta", "ville",
                         "capital", "capitale", "front", "fronte", "coast", "costa", "cote",
                         "soil", "suolo", "sol", "centre", "center", "centro"})


#: whom one tells what is said, named by no actor ("told reporters", "ai giornalisti")
_AUDIENCE = frozenset({"reporters", "journalists", "press", "giornalisti", "cronisti", "stampa",
                       "journalistes", "presse"})
_TO_AUDIENCE = frozenset({"to", "the", "ai", "alla", "a", "aux", "la"})

#: past infinitives after a verb of saying ("affirment avoir tué", "ha detto di aver perso",
#: "claims to have shot down"): what is said is a clause
_PAST_INFINITIVES = frozenset({"avoir", "etre", "aver", "avere", "esser", "essere", "have"})


def _prev_word(s: Sentence, c: _Candidate, title_words: frozenset[str] = frozenset()) -> str:
    """The word before a name, articles skipped ("to the Duma", "alla Duma"); for an
    adjective after its noun ("nella capitale nordcoreana") the word before the noun."""
    i = s.token_at(c.start)
    j = i - 1
    while j >= 0 and (s.tokens[j].fold in _ARTICLE_WORDS | _ORIENTATION
                      or s.tokens[j].fold in title_words
                      or title_words and _portfolio_at(s, j, title_words)):
        j -= 1  # "to eastern Russia"; "le secrétaire américain à la Défense Lloyd Austin"
    if j >= 1 and s.tokens[j].fold in _PART_NOUNS and \
            s.tokens[j + 1].fold in _GENITIVE | {"de", "d"}:
        j += 1  # ("della" skipped as a word of titles: "nell'ovest della Russia")
    if j >= 2 and c.kind != "demonym" and s.tokens[j].fold in _GENITIVE | {"de", "d"}:
        # "vers l'ouest de la Russie", "into the west of Russia": the part's preposition
        k = j - 1
        while k >= 1 and s.tokens[k].fold in _ARTICLE_WORDS | _ORIENTATION:
            k -= 1
        if s.tokens[k].fold in _PART_NOUNS and s.tokens[k].text.islower():
            while k >= 1 and (s.tokens[k - 1].fold in _PART_NOUNS
                              or s.tokens[k - 1].text[:1].isupper() and k - 1 > 0):
                k -= 1  # "the border region of", "the Kursk region of"
            j = k - 1
            while j >= 0 and s.tokens[j].fold in _ARTICLE_WORDS | _ORIENTATION:
                j -= 1
    if j >= 2 and s.tokens[j].fold in _GENITIVE | {"de", "d"} and \
            s.tokens[j - 1].fold in _INSTITUTIONS and s.tokens[j - 1].text.islower():
        # "accusata dal governo di Seul", "by the government of Japan": the word before the
        # government (session 14)
        j -= 2
        while j >= 0 and s.tokens[j].fold in _ARTICLE_WORDS:
            j -= 1
    word = s.tokens[j].fold if j >= 0 else ""
    if j >= 0 and any(ch in s.text[s.tokens[j].end - s.start:c.start - s.start]
                      for ch in ",\"«»“”:;"):
        # '"... brothers in arms," the North Korean leader said': no word of another clause
        return ""
    if c.kind == "demonym" and j >= 1 and word.isalpha() and (
            len(word) > 3 or word in _PART_NOUNS) and \
            word not in _PREPOSITIONS:  # ("side by side with Russian troops": "with")
        k = j - 1
        # "nella località balneare nordcoreana": a noun and its adjective before
        while k >= 1 and j - k < 2 and s.tokens[k].fold.isalpha() and \
                len(s.tokens[k].fold) > 3 and (
                    s.tokens[k].text.islower()
                    # a place's name of two capitalised words ("nell'Estremo Oriente russo")
                    or s.tokens[k].text[:1].isupper() and s.tokens[j].text[:1].isupper()
                    and k > 0 and s.tokens[k - 1].fold in _ARTICLE_WORDS | _PREPOSITIONS
                    | _DEFINITE_CONTRACTED) and \
                s.tokens[k].fold not in _PREPOSITIONS:
            k -= 1
        while k >= 0 and s.tokens[k].fold in _ARTICLE_WORDS:
            k -= 1
        return s.tokens[k].fold if k >= 0 else word
    return word


def _portfolio_at(s: Sentence, j: int, title_words: frozenset[str]) -> bool:
    """Token j is a portfolio's preposition inside a title ("à la Défense", "agli Esteri",
    "for Foreign Affairs"): a capitalised word of a title follows, after an article."""
    toks = s.tokens
    if toks[j].fold not in _PORTFOLIO_PREPS:
        return False
    k = j + 1
    if k < len(toks) and toks[k].fold in _ARTICLE_WORDS:
        k += 1
    return k < len(toks) and toks[k].text[:1].isupper() and toks[k].fold in title_words


#: "da parte di X", "de la part de X", "on the part of X": X does the act named before
_AGENT_PHRASES = (("da", "parte"), ("de", "la", "part"), ("on", "the", "part"))


#: A day or an adverb between a verb and its object ("a exhorté jeudi l'ambassadeur russe
#: Georgy Zinoviev à", "ha chiesto ieri alla Cina"): not counted in how far the object is.
_TIME_ADVERBS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
    "today", "also", "again", "lunedi", "martedi", "mercoledi", "giovedi", "venerdi", "sabato",
    "domenica", "ieri", "oggi", "anche", "nuovamente", "ancora", "lundi", "mardi", "mercredi",
    "jeudi", "vendredi", "samedi", "dimanche", "hier", "egalement", "aussi", "encore",
    "mattina", "sera", "matin", "soir"})
#: Italian gerunds with an object clitic ("chiedendogli", "esortandoli", "invitandola").
_IT_GERUND_CLITICS = tuple(g + c for g in ("ando", "endo") for c in ("gli", "le", "li", "la",
                                                                     "lo", "loro"))
_FR_OBJECT_CLITICS = frozenset({"lui", "leur", "les", "l", "la", "le"})
#: Events a person does as the person: the state of an unnamed person's title is no side
#: of them (GUIDELINES, settled at the start of session 14).
_PERSON_ACTS = frozenset({EventType.VISIT, EventType.MEETING, EventType.STATEMENT,
                          EventType.ACCUSATION, EventType.APPEAL, EventType.SUPPORT})
#: Every side or state at once, appealed to ("all parties", "tutte le parti", "toutes les
#: parties"), and the words that may stand before them ("called on", "a", "à").
_ALL_PARTIES = ("all parties", "all the parties", "all sides", "all the sides", "the parties",
                "all countries", "all states", "all nations", "all governments",
                "all member states", "all un member states", "every country", "every state",
                "tutte le parti", "le parti", "tutti i paesi", "tutti gli stati",
                "tutte le nazioni", "tutti i governi", "ogni paese", "toutes les parties",
                "les parties", "tous les pays", "tous les etats", "toutes les nations",
                "tous les gouvernements", "chaque pays", "every party", "every side",
                "ogni parte", "ensemble des parties", "chaque partie", "tous les acteurs",
                "tutti gli attori", "all actors")
_TO_ALL_PREPS = frozenset({"on", "upon", "to", "a", "ad", "alle", "ai", "agli", "aux", "au",
                           "concerned", "involved", "again", "also", "anche", "egalement",
                           "once", "more"})
#: Verbs of insisting and stressing, and the words of what must be done after them.
_INSIST = frozenset({"insist", "insisted", "insists", "insisting", "stress", "stressed",
                     "stresses", "insistere", "insistito", "insistita", "insiste", "insistono",
                     "insister", "insistent", "insistait", "souligne", "sottolineato"})
_INSIST_FILLERS = frozenset({"on", "the", "fact", "sul", "fatto", "sur", "le", "fait", "pour",
                             "afin", "again", "also", "repeatedly", "anche", "egalement"})
_MUST = frozenset({"must", "should", "ought", "has", "have", "had", "needs", "need", "debba",
                   "debbano", "deve", "devono", "dovrebbe", "dovrebbero", "doit", "doivent",
                   "devrait", "devraient"})
#: Verbs of telling and warning that are appeals when whom they tell is told to act.
_TOLD_TO_ACT = frozenset({
    "tell", "told", "tells", "telling", "warn", "warned", "warns", "warning", "detto", "dice",
    "dicono", "avvertito", "avvertita", "avverte", "avvertono", "avvisato", "avvisata",
    "ammonito", "ammonita", "ammonisce", "diffidato", "diffidata", "diffida", "dit", "disent",
    "averti", "avertie", "avertit", "avertissent", "prevenu", "prevenue", "previent"})
#: Participles of accusing ("accused of", "accusata di", "accusée de").
_ACCUSED_FORMS = frozenset({"accused", "accusato", "accusata", "accusati", "accusate", "accuse",
                            "accusee", "accuses", "accusees"})
#: Subject pronouns that open what is said ("told Moscow it would respond").
_SUBJECT_WORDS = frozenset({"it", "he", "she", "they", "we", "i"})
#: Verbs and nouns of inviting: an invitation to travel or come is no appeal.
_INVITE = frozenset({"invite", "invited", "invites", "inviting", "invitation", "invitare",
                     "invitato", "invitata", "invitati", "invita", "invito", "inviter",
                     "invitee", "invitees", "invitent"})
_COME = frozenset({"come", "venire", "venir"})
#: What one warns against ("warned X against sending", "contro", "contre").
_AGAINST = frozenset({"against", "contro", "contre"})
#: Prepositions of a target after a verb of firing ("fired at", "tiré sur", "lanciato su").
#: How far before a verb of fighting its troops, as its subject, may stand.
_SUBJECT_TROOPS_REACH = 16
#: Nouns of taking part ("la partecipazione dei soldati ... alla liberazione").
_PARTAKE_NOUNS = frozenset({"participation", "partecipazione", "involvement",
                            "coinvolgimento", "implication", "engagement", "impiego"})
#: Generic subjects of a verb, no one named ("chi sostiene", "whoever", "quiconque").
_WHOEVER = frozenset({"chi", "chiunque", "whoever", "quiconque", "anyone"})
#: Heads of a generic relative ("those who", "ceux qui", "coloro che", "quanti").
_GENERIC_HEADS = frozenset({"those", "anyone", "anybody", "all", "ceux", "celles", "tous",
                            "coloro", "quelli", "tutti", "chiunque", "quanti"})
#: Auxiliaries of a conditional of hearsay ("sarebbero stati inviati", "auraient été
#: envoyés", "avrebbe inviato", "aurait livré").
_HEARSAY_AUX = frozenset({"sarebbe", "sarebbero", "avrebbe", "avrebbero", "aurait",
                          "auraient", "serait", "seraient"})
_FIRED_AT = frozenset({"at", "on", "into", "sur", "su", "sul", "sulla", "contro", "against",
                       "contre", "vers"})
#: Words that open what is said, not what one is told to do.
_THAT_WORDS = frozenset({"that", "che", "que", "qu", "whether", "if", "se", "si", "how",
                         "come", "comment", "why", "perche", "pourquoi"})
#: Between an infinitive's marker and the infinitive ("not to", "di non", "de ne pas").
_NOT_BEFORE_INFINITIVE = frozenset({"not", "non", "ne", "pas", "plus", "s", "se", "si"})
#: A reflexive pronoun between an infinitive's marker and the verb ("de s'expliquer").
_REFLEXIVE = frozenset({"s", "se", "si"})


def _infinitive_after_to(s: Sentence, i: int) -> bool:
    """Token i is an infinitive after its marker ("to respond", "di rispondere", "de
    répondre")."""
    if i < 1:
        return False
    prev, word = s.tokens[i - 1], s.tokens[i].text.lower()
    if prev.fold in _REFLEXIVE and i >= 2 and s.tokens[i - 2].fold in {"de", "d", "di", "a"}:
        prev = s.tokens[i - 2]  # "a pressé Séoul de s'expliquer" (session 14)
    if i >= 2 and s.tokens[i - 2].fold in _FIRST_TO_SAY:
        return False  # ("was the first to report", "a été le premier à signaler": says it)
    # (as written: "a assuré", has assured, is no "à répondre")
    return prev.fold == "to" or prev.fold == "di" and word.endswith(("are", "ere", "ire")) \
        or (prev.fold in {"de", "d"} or prev.text.lower() == "à") \
        and word.endswith(("er", "ir", "re"))


def _joined_by_and(gap: str, prep: str = "") -> bool:
    """The text between two names joins them ("and", "e la", "et la", ", "), with the
    first name's preposition again ("alla Cina e alla Russia", "à Pékin et à Tokyo")."""
    words = [fold_key(w) for w in _WORD.findall(gap)]
    return bool(words) and set(words) <= _COORD | ({prep} if prep else set()) \
        and bool(set(words) & (_AND | _THEN))


def _agent_phrase(s: Sentence, c: _Candidate) -> bool:
    """The name is the agent of a nominal event by a phrase ("l'invio di truppe da parte
    della Corea del Nord", "la livraison d'obus de la part de Pyongyang")."""
    j = s.token_at(c.start) - 1
    while j >= 0 and s.tokens[j].fold in _ARTICLE_WORDS:
        j -= 1
    if j < 0 or s.tokens[j].fold not in _GENITIVE:
        return False
    before = tuple(t.fold for t in s.tokens[max(0, j - 3):j])
    return any(before[-len(p):] == p for p in _AGENT_PHRASES)


def _accuser_did_not_do_it(ev: FoundEvent, accusers: list[str], accused: list[str]) -> None:
    """ "Kiev a reproché à Pyongyang d'avoir envoyé des soldats", "ha rimproverato a Pechino
    di aver fornito": the accused, named after "à", "a" as whom the reproach is made to, was
    read as where the act went, and the accuser as its doer; the accused did it, and the
    accuser has no part in what he charges (session 14)."""
    agent, patient = ROLE_PAIRS.get(ev.type, ("", ""))
    if not agent or not any((a, agent) in ev.participants for a in accusers) or \
            not any((a, patient) in ev.participants for a in accused):
        return
    ev.participants = [(a, agent) for a in accused] + [
        (a, r) for a, r in ev.participants if r == patient
        and a not in accused and a not in accusers]
    ev.notes.append("review: the accused taken to be who did it")


def _accused_did_it(ev: FoundEvent, accused: list[str]) -> None:
    """ "accused Russia of violating UN sanctions by transferring air-defence systems to
    North Korea": the accused is who did what it is charged with, when the charge names
    someone else before its trigger and the accused has no part in it."""
    agent = ROLE_PAIRS.get(ev.type, ("", ""))[0]
    if not accused or not agent or any(a in accused for a, _ in ev.participants):
        return
    if any(r == agent for _, r in ev.participants) or ev.participants:
        # (with no doer found at all, "la Corée du Nord, qu'elle accuse d'avoir envoyé des
        # troupes en Russie": the accused did it too, and the act has its two sides;
        # session 15)
        ev.participants = [(a, r) for a, r in ev.participants if r != agent]
        ev.participants[:0] = [(a, agent) for a in accused]
        ev.partial = len({r for _, r in ev.participants}) < 2
        ev.notes.append("review: the accused taken to be who did it")


def _excerpt(text: str, n: int = 60) -> str:
    return text if len(text) <= n else text[:n].rstrip() + "..."


_COMPLEMENTIZERS = frozenset({"that", "che", "que", "qu"})
#: forms of "to be": "said the deployment was illegal" says something of the fact
_TO_BE = frozenset({"is", "was", "were", "are", "be", "been", "e", "era", "erano", "fu",
                   "sono", "sia", "siano", "fosse", "est", "etait", "etaient", "sont", "fut",
                   "soit", "serait", "sarebbe"})
#: verbs that characterise what they take ("described the move as", "a qualifié ces envois
#: de", "ha definito l'invio"): a stance on the fact, no report of it
_CHARACTERISE = frozenset({"describe", "described", "describes", "call", "called", "calls",
                           "term", "termed", "label", "labelled", "labeled", "brand", "branded",
                           "characterise", "characterised", "characterize", "characterized",
                           "definire", "definito", "definita", "definiti", "definite",
                           "qualificare", "qualificato", "qualificata", "bollare", "bollato",
                           "descrivere", "descritto", "descritta", "qualifier", "qualifie",
                           "qualifiee", "qualifies", "decrire", "decrit", "decrite",
                           "presenter", "presente", "traiter", "traite"})
#: words of worry ("concerned", "preoccupato", "inquiet") and what they are about
_WORRIED = frozenset({"concerned", "alarmed", "worried", "troubled", "dismayed", "uneasy",
                      "preoccupato", "preoccupata", "preoccupati", "preoccupate",
                      "allarmato", "allarmata", "allarmati", "preoccupe", "preoccupee",
                      "preoccupes", "inquiet", "inquiete", "inquiets", "alarme", "alarmee",
                      "alarmes"})
_ABOUT = frozenset({"about", "over", "by", "at", "per", "da", "dal", "dalla", "dai", "dalle",
                    "di", "del", "della", "dei", "delle", "circa", "riguardo", "par", "de",
                    "du", "des", "sur", "quant"})
#: after a word of report it means relations ("i rapporti con Pyongyang")
_RELATIONS_WITH = frozenset({"con", "tra", "fra", "with", "between", "avec", "entre"})
#: verbs of promising: a promise to do a contested fact is that fact to come
#: prepositions opening an adjunct of time before the clause ("During talks with X, ...")
_OPENING_ADJUNCT = frozenset({"during", "after", "at", "following", "nel", "nella", "durante",
                              "dopo", "al", "alla", "lors", "apres", "au", "a", "pendant",
                              "in"})
#: auxiliaries in the infinitive or gerund ("après avoir reçu", "having received")
_INFINITIVE_AUX = frozenset({"avoir", "etre", "aver", "avere", "essere", "esser", "have",
                             "having", "been", "being", "ayant", "avendo", "essendo"})
#: verbs of reacting, whose gerund after them is the stance taken
_REACTED = frozenset({"reacted", "responded", "replied", "reagito", "risposto", "replicato",
                      "reagi", "repondu", "replique", "riposte"})
#: the word before an infinitive after a verb of promise ("to send", "di inviare", "de livrer")
_TO_DO = frozenset({"to", "di", "de", "d", "que", "that", "che"})
_PROMISES = frozenset({"promise", "promised", "promises", "pledge", "pledged", "pledges", "vow",
                       "vowed", "vows", "promettere", "promesso", "promessa", "promette",
                       "promettono", "impegnato", "impegnata", "promettre", "promis",
                       "promet", "promettent", "engage", "engagee"})
#: what is sent to whom one speaks ("in a message to Kim", "in una lettera a Putin")
_MESSAGES = frozenset({"message", "messages", "letter", "letters", "telegram", "thanks",
                       "greetings", "congratulations", "speech", "address", "messaggio",
                       "messaggi", "lettera", "lettere", "telegramma", "auguri",
                       "ringraziamenti", "discorso", "lettre", "lettres", "telegramme",
                       "remerciements", "voeux", "discours", "felicitations"})
#: modal verbs: a clause of its own in what is said ("said Seoul could...")
_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "must", "should",
                     "shall", "puo", "possono", "potrebbe", "potrebbero", "deve", "devono",
                     "dovrebbe", "peut", "peuvent", "pourrait", "pourraient", "doit",
                     "doivent", "devrait"})
#: words opening a clause of condition ("if they entered", "qualora", "si les troupes")
_IF_WORDS_BY_LANGUAGE = {"en": frozenset({"if", "unless"}), "it": frozenset({"qualora", "semmai"}),
             "fr": frozenset({"si"})}
#: adjectives of a fact only possible before (or, in Italian and French, after) its noun
_SUPPOSING_ADJECTIVES = frozenset({"possible", "potential", "eventual", "hypothetical",
                                   "eventuale", "eventuali", "possibile", "possibili",
                                   "ipotetico", "ipotetica", "potenziale", "potenziali",
                                   "éventuel", "éventuelle", "éventuels", "éventuelles",
                                   "eventuel", "eventuelle", "eventuels", "eventuelles",
                                   "possibles", "hypothétique", "hypothetique"})
#: determiners of any one of a kind ("any such deployment", "ogni invio", "toute livraison")
_ANY_ONE = frozenset({"any", "every", "ogni", "qualsiasi", "qualunque", "tout", "toute"})
#: a clause of another subject after a comma ("..., while Beijing declined")
_CONTRAST = frozenset({"while", "whereas", "mentre", "tandis", "alors", "whilst"})
#: "una nota in cui definisce", "a statement in which it calls", "un communiqué dans
#: lequel il qualifie": a verb of the text published
_IN_WHICH = frozenset({"cui", "which", "lequel", "laquelle", "it", "they"})
_IN_WHICH_PREP = frozenset({"in", "dans", "which"})
#: how far after the start of what is said its main verb may stand
_MAIN_VERB_WITHIN = 7
#: before an infinitive: a verb of saying after it has not been said
_TO_INFINITIVE = frozenset({"to", "da"})
#: verbs of a stance that also greet a person ("welcomed Kim at the airport")
_GREET = frozenset({"welcome", "welcomed", "welcomes", "saluer", "salue", "salutare",
                    "salutato", "salutata", "saluta"})
#: English participles of a person greeted in person by another ("was greeted by Kim")
_GREET_PASSIVE = frozenset({"welcomed", "greeted", "welcome", "greet"})
#: "for its support", "pour son soutien", "per il suo sostegno": the addressee's own act
_POSSESSIVES = frozenset({"its", "his", "her", "their", "son", "sa", "ses", "leur", "leurs",
                          "suo", "sua", "suoi", "sue", "loro"})
#: "the two", "i due", "les deux": the two told of before
_TWO = frozenset({"two", "due", "deux"})
#: verbs of warning: the name right after is whom the speaker warns
_WARNED = frozenset({"warned", "warn", "warns", "garde", "guardia", "avvertito", "averti",
                     "avertit", "ammonito", "threatened", "threatens", "threaten", "menace",
                     "menacee", "minacciato", "minacciata"})
#: between a verb of saying and its gerund ("denied ever having sent")
_IMPLICIT_FILLERS = frozenset({"ever", "having", "never", "any"})


#: asides between a subject and its verb ("a pour sa part confirmé", "ha dal canto suo
#: smentito", "for its part, said"): skipped when the verb's subject is sought
_ASIDES = (("pour", "sa", "part"), ("pour", "leur", "part"), ("de", "son", "cote"),
           ("de", "leur", "cote"), ("a", "son", "tour"), ("a", "leur", "tour"),
           ("per", "parte", "sua"), ("dal", "canto", "suo"), ("da", "parte", "sua"),
           ("a", "sua", "volta"), ("for", "its", "part"), ("for", "their", "part"),
           ("in", "turn"))


def _verb_start(s: Sentence, i: int) -> int:
    """The first token of the verb at token i with its auxiliaries and the asides
    between them ("a pour sa part confirmé": "a")."""
    first = i
    while first > 0:
        if s.tokens[first - 1].fold in _AUXILIARIES:
            first -= 1
            continue
        if first > 1 and s.tokens[first - 1].fold in _MID_ADVERBS | _ADVERBS - {"de"} and \
                s.tokens[first - 2].fold in _AUXILIARIES:
            first -= 2  # "L'agenzia ha inoltre detto", "a également affirmé"
            continue
        for aside in _ASIDES:
            n = len(aside)
            if first >= n and tuple(t.fold for t in s.tokens[first - n:first]) == aside:
                first -= n
                break
        else:
            break
    return first


#: adverbs between an auxiliary and its participle ("have already been sent", "ha già")
_MID_ADVERBS = frozenset({"already", "now", "just", "reportedly", "gia", "ormai", "appena",
                          "deja", "desormais", "recemment", "recently", "finally", "anche",
                          "also", "aussi", "poi", "then", "ensuite", "yet", "still", "never",
                          "ancora", "mai", "encore", "jamais", "pas", "plus", "not"})


def _gerund_of(fold: str, verbs: frozenset[str]) -> bool:
    """``fold`` is the gerund of one of ``verbs`` (an object pronoun may be joined to it):
    "qualifiant", "definendole", "calling", "describing"."""
    m = re.match(r"(.+?)(ant|ando|endo|ing)(la|lo|li|le|ne)?$", fold)
    if m is None:
        return False
    stem = m.group(1)
    bases = {"ant": ("er", "ir", "re"), "ando": ("are",), "endo": ("ere", "ire"),
             "ing": ("", "e")}[m.group(2)]
    return any(stem + b in verbs for b in bases)


#: adverbs of addition between an auxiliary and its participle ("hanno inoltre discusso",
#: "ont également évoqué")
_ALSO = frozenset({"also", "inoltre", "anche", "pure", "egalement", "aussi", "encore"})
#: nouns of a war whose owner is named after them ("la guerra della Russia")
_WAR_NOUNS = frozenset({"war", "aggression", "invasion", "guerra", "aggressione", "invasione",
                        "guerre", "agression"})
#: verbs that give a thing a name ("which Pyongyang calls the Hwasong-11")
_NAMING_VERBS = frozenset({"call", "calls", "called", "dub", "dubs", "dubbed", "name", "names",
                           "named", "chiama", "chiamano", "chiamato", "chiamata", "definisce",
                           "definiscono", "appelle", "appellent", "appele", "appelee", "nomme",
                           "nomment", "baptise", "baptisent", "qualifie", "qualifient"})
#: object relative pronouns opening such a clause
_NAMING_RELATIVES = frozenset({"which", "what", "that", "che", "cui", "que", "qu"})
#: gerunds that are no act of saying of their own ("according", "including")
_NOT_GERUNDS = frozenset({"according", "including", "secondo", "selon", "regarding",
                          "concerning", "following", "notwithstanding"})
#: gerunds whose object is thanked or warned ("thanking Japan", "ringraziando il Giappone")
_THANKING = frozenset({"thanking", "ringraziando", "remerciant", "warning", "avvertendo",
                       "avertissant"})
#: phrases of one's own part set after a verb of saying ("a déclaré de son côté", "ha
#: detto dal canto suo", "said for his part")
_OWN_PART = (("de", "son", "cote"), ("de", "leur", "cote"), ("pour", "sa", "part"),
             ("pour", "leur", "part"), ("quant", "a", "lui"), ("quant", "a", "elle"),
             ("dal", "canto", "suo"), ("dal", "canto", "loro"), ("da", "parte", "sua"),
             ("per", "parte", "sua"), ("a", "sua", "volta"), ("for", "his", "part"),
             ("for", "her", "part"), ("for", "its", "part"), ("in", "turn"),
             ("a", "son", "tour"), ("par", "ailleurs"), ("pero",), ("pourtant",),
             ("inoltre",), ("also",), ("aussi",), ("anche",))


def _own_part_after(s: Sentence, i: int) -> int:
    """How many tokens right after the verb at token i make a phrase of one's own part
    ("de son côté", "dal canto suo", "for his part"): 0 when none."""
    folds = [t.fold for t in s.tokens[i + 1:i + 4]]
    for words in _OWN_PART:
        if tuple(folds[:len(words)]) == words:
            return len(words)
    return 0


#: words that set reports as the background of what is said ("amid reports that")
_BACKGROUND = (("amid",), ("amidst",), ("despite",), ("following",), ("among",),
               ("tra",), ("fra",), ("nonostante",), ("malgrado",), ("in", "mezzo", "a"),
               ("sur", "fond", "de"), ("sur", "fond", "d"), ("malgre",), ("en", "depit", "de"),
               ("en", "depit", "des"), ("sur", "fond", "des"))


def _after_background(s: Sentence, i: int) -> bool:
    """The report noun at token i follows a word that sets it as background ("amid
    reports", "tra le notizie", "sur fond d'informations"), an article or adjective
    between allowed ("amid new reports", "malgré les informations")."""
    folds = [t.fold for t in s.tokens]
    for j in range(max(0, i - 3), i):
        for words in _BACKGROUND:
            if tuple(folds[j:j + len(words)]) == words and all(
                    not s.tokens[k].text[:1].isupper() for k in range(j + len(words), i)):
                return True
    return False


def _told_by_verb(s: Sentence, k: int) -> bool:
    """The trigger at token k is a verb that tells a fact: an auxiliary before it, adverbs
    between ("have already been sent", "ha già inviato", "ont été envoyés"), or an English
    past form after a name ("North Korea sent", "Pyongyang shipped"), not a noun."""
    j = k - 1
    while j >= 0 and k - j <= 4:
        fold = s.tokens[j].fold
        if fold in _AUXILIARIES | _PASSIVE_AUX:
            return True
        if fold not in _MID_ADVERBS and not fold.endswith("ly"):
            break
        j -= 1
    t = s.tokens[k]
    # "keeps shipping shells", "continues to send", "continua a fornire", "continue de
    # livrer": a fact still going on
    if any(s.tokens[j].fold in _GOES_ON for j in range(max(0, k - 3), k)):
        return True
    return k > 0 and t.text.islower() and (t.fold.endswith("ed") or t.fold == "sent") and \
        s.tokens[k - 1].text[:1].isupper()


_GOES_ON = frozenset({"keeps", "keep", "kept", "continues", "continue", "continued",
                      "continuing", "continua", "continuano", "continuato", "continuare",
                      "continuent", "poursuit", "poursuivent", "poursuivi"})


def _before_what_is_said(s: Sentence, i: int) -> bool:
    """A verb of saying followed by what is said: "that", a colon, a comma, a quotation,
    or nothing (", the agency added.")."""
    # ("sostiene inoltre che", "added also that": adverbs between)
    while i + 1 < len(s.tokens) and s.tokens[i + 1].fold in _ADVERBS | _MID_ADVERBS and \
            not s.text[s.tokens[i].end - s.start:s.tokens[i + 1].start - s.start].strip():
        i += 1
    if i + 1 >= len(s.tokens):
        return True
    gap = s.text[s.tokens[i].end - s.start:s.tokens[i + 1].start - s.start]
    if bool(gap.strip()) or s.tokens[i + 1].fold in _COMPLEMENTIZERS:
        return True
    # after what is said: "..., a ajouté M. Rutte", "..., added Rutte", "..., ha aggiunto"
    k = i - 1
    while k >= 0 and s.tokens[k].fold in _AUXILIARIES | _ADVERBS:
        k -= 1
    before = s.text[:s.tokens[k + 1].start - s.start].rstrip()
    return before.endswith((",", "»", "”", "\"")) and k >= 0


def _gap(s: Sentence, rule: EventRule, a: int, b: int) -> int:
    """Words between tokens a and b, not counting the rule's own words ("troops were
    sent"), what it needs ("missiles"), auxiliaries, articles, "and" and "of"."""
    return sum(1 for t in s.tokens[a + 1:b]
               if not (t.fold in rule.needs.words or t.lemma in rule.needs.words
                       or t.fold in rule.words.words or t.lemma in rule.words.words
                       or t.fold in _COORD | _GENITIVE | _ARTICLE_WORDS | _AUXILIARIES
                       | _PASSIVE_AUX
                       # a quantity ("more than 100 ballistic missiles from", "oltre 100
                       # missili da", "plus de 100 missiles de")
                       or t.text[:1].isdigit() or t.fold in _QUANTITY))


def _coordinated_predicate(s: Sentence, agents: list[_Candidate], trig: int) -> bool:
    """ "A received B for talks and pledged support": the trigger's verb is joined by
    "and" to an earlier verb whose object is the last name before it; its subject is the
    first name."""
    last = s.token_at(agents[-1].start)
    first_end = s.token_at(agents[0].end - 1)
    between = [t.fold for t in s.tokens[s.token_at(agents[-1].end - 1) + 1:trig]]
    verb_before = last - first_end > 1 and s.tokens[last - 1].fold not in _AND | _GENITIVE \
        and not {t.fold for t in s.tokens[first_end + 1:last]} & _AND
    return verb_before and bool(set(between) & _AND) and len(between) <= 8


def _ends_clause(s: Sentence, c: _Candidate) -> bool:
    """A name at the end of its clause ("said NATO." "said NATO, adding"), not the
    subject of what follows ("said Russia had supplied")."""
    k = s.token_at(c.end)
    return k >= len(s.tokens) or bool(
        s.text[c.end - s.start:s.tokens[k].start - s.start].strip(" ’'s"))


def _one_per_ratifier(ev: FoundEvent) -> list[FoundEvent]:
    """ "the State Duma and the Federation Council approved the pact": each body ratifies
    on its own, so one ratification per ratifier (with the same parties)."""
    ratifiers = [a for a, r in ev.participants if r == "ratifier"]
    if ev.type != EventType.RATIFICATION or len(ratifiers) < 2:
        return [ev]
    others = [(a, r) for a, r in ev.participants if r != "ratifier"]
    return [FoundEvent(ev.type, [(a, "ratifier"), *others], ev.sentence, ev.trigger,
                       agreement=ev.agreement, notes=list(ev.notes), objects=set(ev.objects))
            for a in ratifiers]


def _after_phrase(s: Sentence, i: int, phrases: WordSet) -> bool:
    """Token i follows one of ``phrases`` (or a word of it) directly."""
    before = " " + " ".join(t.fold for t in s.tokens[max(0, i - 4):i]) + " "
    return any(before.endswith(f" {p} ") for p in phrases.phrases) or (
        i > 0 and s.tokens[i - 1].fold in phrases.words)


def _clause_end(s: Sentence, i: int, breaks: frozenset[str]) -> int:
    """Where the clause of token i ends: at "; " or at a comma before a word that opens
    another clause (", while", ", whom", ", mentre", ", tandis que")."""
    for k in range(i + 1, len(s.tokens)):
        gap = s.text[s.tokens[k - 1].end - s.start:s.tokens[k].start - s.start]
        if ";" in gap or ("," in gap and s.tokens[k].fold in breaks):
            return s.tokens[k].start
        # ", to whom", ", with whom", ", à qui", ", avec qui", ", al quale", ", a cui": a
        # relative clause after its preposition
        if "," in gap and s.tokens[k].fold in _RELATIVE_PREPS and k + 1 < len(s.tokens) \
                and s.tokens[k + 1].fold in breaks:
            return s.tokens[k].start
    return s.end


#: A government's nouns in a description ("officials of the government of Seoul").
_GOVERNMENT_NOUNS = frozenset({"government", "governo", "gouvernement"})
#: Words joining a second predicate of the same subject ("..., puis a été reçu").
_THEN_JOINS = frozenset({"puis", "poi", "then"})
#: Participles of hosting and receiving ("a parade hosted by", "una cena offerta da").
_HOSTED = frozenset({"hosted", "received", "ospitato", "ospitata", "ospitati", "ospitate",
                     "ricevuto", "ricevuta", "accolto", "accolta", "organizzato",
                     "organizzata", "accueilli", "accueillie", "accueillis", "accueillies",
                     "recu", "recue", "recus", "recues", "organise", "organisee"})
#: Words of a day relative to another ("di ieri", "d'hier", "of yesterday").
_RELATIVE_DAYS = frozenset({"yesterday", "today", "ieri", "oggi", "hier", "aujourd"})
#: Prepositions that may open a relative clause before its pronoun ("to whom", "à qui",
#: "al quale", "con cui").
_RELATIVE_PREPS = frozenset({"to", "with", "for", "from", "by", "a", "avec", "pour", "par",
                             "al", "alla", "ai", "alle", "con", "per", "da", "dal", "dalla",
                             "sur", "on", "su"})


def _nearest_date(dates: list[FoundDate], pos: int) -> FoundDate | None:
    if not dates:
        return None
    return min(dates, key=lambda d: abs(d.start - pos))


def _name_run(text: str, toks: list[Token], j: int) -> list[int]:
    """Indices of a person's name from token j: 2 to 4 capitalised words."""
    out: list[int] = []
    k = j
    while k < len(toks) and len(out) < 4:
        t = toks[k]
        joined_by_hyphen = bool(out) and text[toks[k - 1].end:t.start] == "-"
        if not (t.text[:1].isupper() or joined_by_hyphen) or not t.text.isalpha():
            break
        if out and text[toks[k - 1].end:t.start] not in (" ", "-"):
            break
        out.append(k)
        k += 1
    return out


#: What reports and accusations are about, and denials deny.
CONTESTED = frozenset({EventType.SUPPLY, EventType.DEPLOYMENT,
                       EventType.MILITARY_ASSISTANCE})


def _same_fact(ev: FoundEvent, other: FoundEvent) -> bool:
    """``other`` tells the fact ``ev`` names: the same type, the sides of one among the
    other's."""
    a, b = {x for x, _ in ev.participants}, {x for x, _ in other.participants}
    return ev.type == other.type and bool(a) and bool(b) and (a <= b or b <= a)


def _denied_before(told: list[FoundEvent]) -> list[FoundEvent]:
    """What a denial with no event of its own ("dismissed the accusations") denies: the
    contested facts (supplies, deployments, assistance) of the last sentence that told
    some, else the last event told."""
    contested = [e for e in told if e.type in CONTESTED]
    if not contested:
        # (an accusation or a statement is said, not done: "dismissed Kyiv's accusations"
        # denies what they charge, never that they were made; GUIDELINES)
        return [e for e in told if e.type not in (EventType.ACCUSATION,
                                                  EventType.STATEMENT)][-1:]
    last = contested[-1]
    # "dismissed the report": every fact that report's source told
    sources = {a for c in last.claims if c.certainty != "denied" for a in c.asserted_by}
    return [e for e in contested if e.sentence == last.sentence or sources & {
        a for c in e.claims if c.certainty != "denied" for a in c.asserted_by}]


#: gerunds of pledging or voicing support ("..., pledging support", "en réaffirmant")
_PLEDGING = frozenset({"pledging", "vowing", "promising", "assuring", "reaffirming",
                       "reiterating", "expressing", "voicing", "promettendo", "assicurando",
                       "ribadendo", "riaffermando", "esprimendo", "garantendo", "promettant",
                       "assurant", "reaffirmant", "reiterant", "exprimant", "garantissant"})

#: adjectives that stand before their noun in Italian and French ("aucun nouveau soldat")
_BEFORE_NOUN_ADJECTIVES = frozenset({"nuovo", "nuovi", "nuova", "nuove", "altro", "altri",
                                     "altra", "altre", "ulteriore", "ulteriori", "solo",
                                     "singolo", "nouveau", "nouveaux", "nouvel", "nouvelle",
                                     "nouvelles", "autre", "autres", "seul", "seule"})

#: nouns of an accusation: a denial of them denies what the accusation alleged
_ACCUSATION_NOUNS = frozenset({"accusation", "accusations", "allegation", "allegations",
                               "charge", "charges", "accusa", "accuse", "addebito",
                               "addebiti", "imputation", "imputations"})

#: words for any weapons: "selling weapons" is the same supply as "shipped shells"
_GENERIC_ARMS = frozenset({"weapon", "weapons", "arms", "arma", "armi", "arme", "armes",
                           "armamento", "armamenti", "armement", "armements", "equipment",
                           "hardware", "materiel", "equipaggiamento", "equipaggiamenti",
                           "equipement", "equipements"})


def _ratifiers(ev: FoundEvent) -> set[str]:
    return {a for a, r in ev.participants if r == "ratifier"}


def _merge_events(events: Iterable[FoundEvent],
                  state_of: Callable[[str], str | None] = lambda a: None) -> list[FoundEvent]:
    """One event per (type, participants) in a text: later sentences add their claims.
    A meeting told again with a name more or less, or with a state for its own person, is
    the one told first; a visit of the same visitor to the same host within a week is one
    visit ("arrived in Moscow on Thursday ... on Saturday she was received at the
    Kremlin")."""
    merged: list[FoundEvent] = []
    for ev in events:
        key = (ev.type, frozenset(ev.participants))
        same = next((m for m in merged if (
                        (m.type, frozenset(m.participants)) == key
                        and _dates_agree(m.date, ev.date)
                        # two quotations, two declarations: each its own statement
                        and (ev.type != EventType.STATEMENT or m.sentence == ev.sentence)
                        or ev.type == m.type == EventType.VISIT
                        and set(ev.participants) == set(m.participants)
                        and _dates_near(m.date, ev.date)
                        or ev.type == m.type == EventType.MEETING
                        and _dates_agree(m.date, ev.date)
                        and _overlapping_meeting({a for a, _ in m.participants},
                                                 {a for a, _ in ev.participants}, state_of)
                        # "The Duma approved the law on Thursday ... the text was approved by
                        # the Duma unanimously, Volodin said": the same ratifier's
                        # ratification told again with a party less (session 14); or with
                        # another party named ("La signature de Poutine clôt la procédure
                        # de ratification côté russe"): one ratifier ratifies an agreement once
                        or ev.type == m.type == EventType.RATIFICATION
                        and ev.agreement == m.agreement and _dates_agree(m.date, ev.date)
                        and any(r == "ratifier" for _, r in ev.participants)
                        and _ratifiers(ev) == _ratifiers(m))
                     # missiles and shells are two supplies; troops and soldiers one
                     # deployment
                     and (ev.type != EventType.SUPPLY or not m.objects - _GENERIC_ARMS
                          or not ev.objects - _GENERIC_ARMS or m.objects & ev.objects)),
                    None)
        if same is None:
            merged.append(ev)
            continue
        if ev.type == EventType.SUPPLY and not ev.objects - _GENERIC_ARMS and ev.claims and \
                all(c.certainty == "denied" for c in ev.claims):
            # "Moscow has denied receiving any weapons from North Korea" after the shells and
            # the missiles: a denial of arms of no kind denies every supply between those sides
            for other in merged:
                if other is not same and other.type == ev.type and \
                        frozenset(other.participants) == key[1] and \
                        _dates_agree(other.date, ev.date):
                    other.claims += [replace(c) for c in ev.claims if not any(
                        o.certainty == c.certainty and o.asserted_by == c.asserted_by
                        for o in other.claims)]
        if not (ev.retold and all(c.certainty == "confirmed" and not c.asserted_by
                                  for c in ev.claims)):
            same.claims += ev.claims
        same.notes += [n for n in ev.notes if n not in same.notes]
        if ev.type == EventType.RATIFICATION:  # the parties each telling names
            same.participants += [p for p in ev.participants if p not in same.participants]
        same.date = same.date or ev.date
        same.agreement = same.agreement or ev.agreement
        same.objects |= ev.objects
    return merged


def _overlapping_meeting(a: set[str], b: set[str],
                         state_of: Callable[[str], str | None]) -> bool:
    """A meeting ``b`` told after ``a`` is ``a`` told again: its sides are two or more of
    ``a``'s ("Putin, Kim and Lavrov held talks ... The two leaders met for two hours"), or
    they differ only by a state standing for its own person ("Lavrov met Choe", "Lavrov's
    talks with North Korea"); never with another person ("Lavrov met Choe", "Putin received
    Choe"; "the two ministers then met Putin": a meeting of its own)."""
    shared = a & b
    if not shared:
        return False
    only_a, only_b = a - b, b - a
    if len(shared) >= 2 and not only_b:
        return True

    def stands_for(states: set[str], people: set[str]) -> bool:
        return bool(states) and all(state_of(x) == x and any(
            state_of(y) == x and state_of(y) != y for y in people) for x in states)
    return stands_for(only_a, only_b) or stands_for(only_b, only_a)


def _dates_near(a: FoundDate | None, b: FoundDate | None) -> bool:
    """Unknown, or within a week of each other (one trip told day by day)."""
    if a is None or b is None:
        return True
    if a.value is None or b.value is None:
        return _dates_agree(a, b)
    try:
        da, db = dt.date.fromisoformat(a.value), dt.date.fromisoformat(b.value)
    except (TypeError, ValueError):
        return _dates_agree(a, b)
    return abs((da - db).days) <= 7


def _dates_agree(a: FoundDate | None, b: FoundDate | None) -> bool:
    return a is None or b is None or (a.value, a.end_value) == (b.value, b.end_value)


#: What a place a trip is left from or come back from follows ("from", "da", "de").
_FROM_PLACE_PREPS = frozenset({"from", "da", "dal", "dalla", "dallo", "dai", "dalle", "dagli",
                               "dall", "de", "du", "des", "d"})


#: Words of coming back (the place after "da", "de" is the host, no other place is) and of
#: setting off again (the place after them is a host, and so is a destination).
_RETURN_WORDS = frozenset({
    "rientrato", "rientrata", "rientrati", "rientrate", "rientra", "rientrano", "rientrava",
    "tornato", "tornata", "tornati", "tornate", "rientro", "ritorno", "ritornato",
    "ritornata", "ritornati",
    "rentre", "rentree", "rentres", "rentrees", "rentrait", "revenu", "revenue", "revenus",
    "revenues", "revient", "reviennent", "retour", "returned", "returning"})
#: Words of coming back that name the place come back to after "to", "a", "à" (not
#: "rientrato", "rentré": home).
_BACK_TO_WORDS = frozenset({
    "tornato", "tornata", "tornati", "tornate", "ritornato", "ritornata", "ritornati",
    "revenu", "revenue", "revenus", "revenues", "revient", "reviennent", "returned",
    "returning"})
_DEPART_WORDS = frozenset({
    "ripartito", "ripartita", "ripartiti", "ripartite", "riparte", "ripartono",
    "reparti", "repartie", "repartis", "reparties", "repart", "repartent"})


#: Verbs of leaving a place: the place left is a visit's host, a destination after it
#: instead ("left Moscow for Pyongyang").
_LEAVE_WORDS = frozenset({
    "left", "leaves", "leaving", "departed", "departs", "departing", "lasciato", "lasciata",
    "lasciati", "lascia", "lasciano", "lasciando", "quitte", "quittee", "quittes", "quittent",
    "quittant"})
#: What a destination follows after the place a trip sets off from again.
_DESTINATION = frozenset({"for", "towards", "toward", "per", "verso", "di", "pour", "vers",
                          "volta"})


def _one_host_each(e: FoundEvent) -> list[FoundEvent]:
    """A visit with several hosts as one visit to each host (same visitors, trigger, date
    and claims): "with stops in Paris and Berlin", "in giro tra Cina e Vietnam"."""
    hosts = [a for a, r in e.participants if r == "host"]
    if e.type != EventType.VISIT or len(hosts) < 2:
        return [e]
    rest = [(a, r) for a, r in e.participants if r != "host"]
    return [replace(e, participants=[*rest, (h, "host")],
                    claims=copy.deepcopy(e.claims), notes=list(e.notes),
                    objects=set(e.objects)) for h in hosts]
