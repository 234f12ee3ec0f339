"""The ``people`` plugin: names, normalised titles and the companies people work for.

Sentences are written for these tests (invented people and companies in
news style); expected values were checked against the text by hand.
"""

from __future__ import annotations

from typing import Any

import pytest
from conftest import SEED_TEXT

from corpfacts import Pipeline

OTHERS = ["money", "percentages", "dates", "stakes", "deals"]

Row = tuple[str, "str | None", "str | None"]


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    return Pipeline(disable=OTHERS, entry_points=False)


def people(pipeline: Pipeline, text: str) -> set[Row]:
    return {(p.name, p.title, p.company.name if p.company else None) for p in pipeline.extract(text).people}


def case(id: str, text: str, *expected: Row, **kw: Any) -> Any:
    return pytest.param(text, set(expected), id=id, **kw)


TITLE_BEFORE = [
    case(
        "new-ceo",
        "Days after taking the helm as the company's new CEO, Maria Lind told staff the plan. "
        "Acme Corp said profit rose.",
        ("Maria Lind", "CEO", "Acme Corp"),
    ),
    case(
        "company-chairman",
        "Brightwater Inc chairman Paul Hart said the bid was fair.",
        ("Paul Hart", "chairman", "Brightwater Inc"),
    ),
    case(
        "company-possessive-title",
        "Zendo's chief executive Rita Moss resigned.",
        ("Rita Moss", "CEO", "Zendo"),
    ),
    case(
        "company-word",
        "Harbour Light Ltd will bid. Company chairman Simon Rook said the offer was fair.",
        ("Simon Rook", "chairman", "Harbour Light Ltd"),
    ),
    case(
        "cfo",
        "Kestrel Mining Corp cut its outlook. CFO Anna Berg said costs rose.",
        ("Anna Berg", "CFO", "Kestrel Mining Corp"),
    ),
    case(
        "chief-financial-officer",
        "At Greystone Plc, chief financial officer Ian Weir will retire.",
        ("Ian Weir", "CFO", "Greystone Plc"),
    ),
    case(
        "president-and-ceo",
        "Pixelry Inc president and chief executive Jo Park called it a record.",
        ("Jo Park", "president and CEO", "Pixelry Inc"),
    ),
    case(
        "coo",
        "Orbix Group said chief operating officer Lee Chan would leave.",
        ("Lee Chan", "COO", "Orbix Group"),
    ),
    case("founder", "Loftwise Inc founder Dana Cole sold shares.", ("Dana Cole", "founder", "Loftwise Inc")),
    case(
        "spokesman",
        "A Vantor Corp spokesman, Tim Oakes, declined to comment.",
        ("Tim Oakes", "spokesman", "Vantor Corp"),
    ),
    case(
        "spokeswoman",
        "Redfern Capital LLC spokeswoman Jane Ito confirmed the sale.",
        ("Jane Ito", "spokesman", "Redfern Capital LLC"),
    ),
    case(
        "analyst-company",
        "Holloway Securities analyst Mark Ellis expects a rebound.",
        ("Mark Ellis", "analyst", "Holloway Securities"),
    ),
    case(
        "former-president",
        "Tristar Corp named a new chairman. Former President Ray Dunn is leaving.",
        ("Ray Dunn", "president", "Tristar Corp"),
    ),
    case(
        "its-chairman",
        "Ostara Holdings, controlled by its chairman, Karl Brun, sold a brand.",
        ("Karl Brun", "chairman", "Ostara Holdings"),
    ),
    case(
        "managing-director",
        "Larkspur Group managing director Nina Holt opened the plant.",
        ("Nina Holt", "managing director", "Larkspur Group"),
    ),
    case(
        "plural-coordinated",
        "The case does not cover former Corvan Pharmaceuticals chief executives Ken Ward and Jim Lowe.",
        ("Ken Ward", "CEO", "Corvan Pharmaceuticals"),
        ("Jim Lowe", "CEO", "Corvan Pharmaceuticals"),
    ),
    case(
        "title-of-company-comma",
        "CEO of Meridian Airways, Olga Reyes, said fares would fall.",
        ("Olga Reyes", "CEO", "Meridian Airways"),
    ),
    case(
        "chairman-of-company-comma",
        "Chairman of Eastgate Bank, Hugo Lamb, described a solid year.",
        ("Hugo Lamb", "chairman", "Eastgate Bank"),
    ),
    case(
        "director-for-unit",
        "communications director for Sorvo Oyj 's local unit , Zoltan Maro told reporters.",
        ("Zoltan Maro", "director", "Sorvo Oyj"),
    ),
    case(
        "title-initial",
        "Dynamo Corp said Chairman George T. Banks will also be President.",
        ("George T. Banks", "chairman", "Dynamo Corp"),
    ),
]

TITLE_AFTER = [
    case(
        "comma-company-possessive",
        "Daniel Reed, Alvora's chief executive, spoke first. Alvora Inc grew.",
        ("Daniel Reed", "CEO", "Alvora Inc"),
    ),
    case(
        "said-chairman-of",
        '"We will grow," said Jack Moore, chairman of Brightwater Inc, on Monday.',
        ("Jack Moore", "chairman", "Brightwater Inc"),
    ),
    case(
        "analyst-at",
        '"It is cheap," said Wei Tan, an analyst at Crane Securities.',
        ("Wei Tan", "analyst", "Crane Securities"),
    ),
    case(
        "telecoms-analyst-at",
        "said Hanna Weiss, telecoms analyst at Nordholm Bank.",
        ("Hanna Weiss", "analyst", "Nordholm Bank"),
    ),
    case(
        "who-is",
        "Carl Voss, who is currently president and chief executive officer of Pinnacle Harbour Holdings, "
        "will stay on.",
        ("Carl Voss", "president and CEO", "Pinnacle Harbour Holdings"),
    ),
    case(
        "current-president-coo",
        "Eva Lund, current chairman and chief operating officer of Meadowbrook Foods, will run it.",
        ("Eva Lund", "chairman and COO", "Meadowbrook Foods"),
    ),
    case(
        "director-of-long",
        "said Lena Holm, director of investor relations for Telvik Oyj.",
        ("Lena Holm", "director", "Telvik Oyj"),
    ),
    case(
        "director-of-described",
        "said Peter Fane, director of London-based consulting group Quillon.",
        ("Peter Fane", "director", "Quillon"),
    ),
    case(
        "is-title-both",
        "Olav Berg is president and chief executive of both Cityline Plc and Wexmoor Plc now.",
        ("Olav Berg", "president and CEO", "Cityline Plc"),
        ("Olav Berg", "president and CEO", "Wexmoor Plc"),
    ),
    case(
        "dash",
        "Fund manager Otto Kern - Harwood Bank's largest investor - wants a say.",
        ("Otto Kern", "investor", "Harwood Bank"),
    ),
    case(
        "founded-by",
        "Skyhop Airways, which was founded by travel agent Ravi Mehta, plans to list.",
        ("Ravi Mehta", "founder", "Skyhop Airways"),
    ),
]

PLACED = [
    case(
        "of-company",
        '"The fall was sudden," said Brian Fox of Whitcombe Partners in London.',
        ("Brian Fox", None, "Whitcombe Partners"),
    ),
    case(
        "at-company",
        "said David Ames at Greyfriars Securities on Thursday.",
        ("David Ames", None, "Greyfriars Securities"),
    ),
    case(
        "says-possessive",
        '"The issue is old," says Harcourt Bank\'s Simon Rudd.',
        ("Simon Rudd", None, "Harcourt Bank"),
    ),
    case(
        "retail-analyst-of",
        '"It is odd," said retail analyst Nick Hale of Evolve Securities.',
        ("Nick Hale", "analyst", "Evolve Securities"),
    ),
    case(
        "person-possessive-company",
        "The adviser was owned by financier Pierre Lacombe's Lumen group.",
        ("Pierre Lacombe", "financier", "Lumen"),
    ),
    case(
        "surname-new-role",
        "Lillian Park, a director of Halden Plc, will join Metrika Ltd. "
        "Ms Park has been managing director of Metrika Ltd since 2002.",
        ("Lillian Park", "director", "Halden Plc"),
        ("Lillian Park", "managing director", "Metrika Ltd"),
    ),
]

NO_COMPANY = [
    case(
        "minister",
        "Finance Minister Olga Varga announced the sale of Alva Energia SA.",
        ("Olga Varga", "finance minister", None),
    ),
    case(
        "secretary",
        "Treasury Secretary Dan Cole praised Kestrel Mining Corp.",
        ("Dan Cole", "secretary", None),
    ),
    case(
        "prime-minister",
        "Prime Minister Alan Grey visited Vortex Anlagen AG.",
        ("Alan Grey", "prime minister", None),
    ),
    case(
        "investor",
        "New York investor Paul Fenner raised his stake in Redstone Inc.",
        ("Paul Fenner", "investor", None),
    ),
    case("lone-analyst", "Orbix Group shares fell, said analyst Tom Reid.", ("Tom Reid", "analyst", None)),
    case(
        "economist",
        "Larkspur Group expects growth, but economist Henk Vos disagrees.",
        ("Henk Vos", "economist", None),
    ),
    case(
        "commissioner",
        "Competition Commissioner Lena Holm fined Meridian Airways.",
        ("Lena Holm", "commissioner", None),
    ),
]

NOT_PEOPLE = [
    case(
        "company-name-like-person",
        "Laura Hartley Ltd said sales fell. The retailer's chairman, Ian Moss, quit.",
        ("Ian Moss", "chairman", "Laura Hartley Ltd"),
    ),
    case("no-title", "Robert Fenn and Alice Drew attended the opening of Brightwater Inc's plant."),
    case("place-after-title", "The chairman of Halden Plc visited New Zealand."),
    case("company-not-person", "Shares in Skyhop Holloway Airways rose."),
    case("title-without-name", "The chief executive said the plan was working at Acme Corp."),
    case(
        "plant-name",
        "The manager of Kivalo's Transmission Control Centre, Merv Banks, spoke.",
        ("Merv Banks", "manager", "Kivalo"),
    ),
    case("quote-start", '"Clearly costs remain high," the Zendo Inc chairman said.'),
    case("month-after-title", "Acme Corp named a new president in March."),
    case(
        "generation-suffix",
        "Robert Vane Sr, chairman of Vane Pictures Inc, will stay.",
        ("Robert Vane Sr", "chairman", "Vane Pictures Inc"),
    ),
    case(
        "apostrophe-name",
        "Ryanjet Airways CEO Michael O'Dwyer said fares would fall.",
        ("Michael O'Dwyer", "CEO", "Ryanjet Airways"),
    ),
    case(
        "hyphen-name",
        "said Hans-Peter Vogt, an analyst at Ostbank Securities.",
        ("Hans-Peter Vogt", "analyst", "Ostbank Securities"),
    ),
    case(
        "accented-name",
        "Its CEO, Jón Ólafsson, quit. Baldur Group shares fell.",
        ("Jón Ólafsson", "CEO", "Baldur Group"),
    ),
    case("region-not-person", "Tidewater Inc chairman said Latin America was weak."),
    case(
        "two-companies-one-person",
        "Greystone Plc chief executive Ann Lowe met Harbour Light Ltd.",
        ("Ann Lowe", "CEO", "Greystone Plc"),
    ),
    case("mr-only", "Mr Ashby said Brightwater Inc would grow."),
    case("coordinated-without-title", "Pavel Petrov and Sam Ode run Harwood Bank."),
]

# Roles given by a clause rather than a title beside the name.
CLAUSES = [
    case(
        "who-runs",
        "The bank lent money to Ravi Mehta, who runs Skyhop Airways.",
        ("Ravi Mehta", "head", "Skyhop Airways"),
    ),
    case(
        "who-now-manage-siblings",
        "Ivan and Pavel Sorokin, who now manage Gorsk Bank, will keep the stake.",
        ("Ivan Sorokin", "manager", "Gorsk Bank"),
        ("Pavel Sorokin", "manager", "Gorsk Bank"),
    ),
    case(
        "who-police-say-ran",
        "Police charged Mark Dunne, who they say ran Velmar Funds' trading desk.",
        ("Mark Dunne", "head", "Velmar Funds"),
    ),
    case(
        "subject-founded",
        "Ana Ortega founded Ortega Textiles SA in 1990.",
        ("Ana Ortega", "founder", "Ortega Textiles SA"),
    ),
    case("subject-heads", "Karl Brenner heads Velmar Bank.", ("Karl Brenner", "head", "Velmar Bank")),
    case(
        "controlled-by",
        "Halden Foods, which listed in 1998, is controlled by Danish entrepreneur Dr Lars Holm.",
        ("Lars Holm", "owner", "Halden Foods"),
    ),
    case(
        "owned-by-investor",
        "Corvina Metals Ltd is wholly owned by investor Tomas Ruiz.",
        ("Tomas Ruiz", "owner", "Corvina Metals Ltd"),
    ),
    case(
        "who-clause-then-holds",
        "Karl Vanek, who dropped a hostile bid for Dravo Corp in May, still holds a small stake "
        "in the company.",
        ("Karl Vanek", "shareholder", "Dravo Corp"),
    ),
    case(
        "who-clause-then-owns",
        "Hugo Brandt, who quit the board last year, owns a 9% stake in Kestrel Mining Corp.",
        ("Hugo Brandt", "shareholder", "Kestrel Mining Corp"),
    ),
    case(
        "who-clause-she-was",
        "The suit names Tara Bell, who was charged on Monday, and says she was finance director of the bank. "
        "Harwood Bank denies wrongdoing.",
        ("Tara Bell", "CFO", "Harwood Bank"),
    ),
    case(
        "who-clause-he-was",
        "It does not cover Tom Baxter, who has admitted fraud committed when he was treasurer "
        "at Ardent Energy.",
        ("Tom Baxter", "treasurer", "Ardent Energy"),
    ),
    case(
        "parallel-officer",
        "Velmar Group named its CEO, Jon Berg, and head of sales, Ann Lowe.",
        ("Jon Berg", "CEO", "Velmar Group"),
        ("Ann Lowe", "head of sales", "Velmar Group"),
    ),
    case(
        "parallel-officer-known-title",
        "Skyhop Airways lost its chairman, Ruth Gale, and its finance director, Omar Aziz.",
        ("Ruth Gale", "chairman", "Skyhop Airways"),
        ("Omar Aziz", "CFO", "Skyhop Airways"),
    ),
    case(
        "title-then-description",
        "Halden Foods failed in May. The group's administrator, insolvency specialist Rino Valli, "
        "sued its banks.",
        ("Rino Valli", "administrator", "Halden Foods"),
    ),
    case(
        "title-then-description-two",
        "Velmar Bank said its chairman, veteran banker Ida Strand, would retire.",
        ("Ida Strand", "chairman", "Velmar Bank"),
    ),
]

# Appointments and ages between the name and the title.
APPOINTED = [
    case(
        "named-as-new",
        "Velmar Corp named John Smith as its new chief executive.",
        ("John Smith", "CEO", "Velmar Corp"),
    ),
    case(
        "appointed-title",
        "Velmar Corp appointed John Smith chief executive on Monday.",
        ("John Smith", "CEO", "Velmar Corp"),
    ),
    case(
        "appointed-title-of",
        "The board appointed Ann Lowe chairman of Dalby Plc.",
        ("Ann Lowe", "chairman", "Dalby Plc"),
    ),
    case(
        "hired-as",
        "Velmar Corp hired Omar Aziz as finance director.",
        ("Omar Aziz", "CFO", "Velmar Corp"),
    ),
    case(
        "age-then-title",
        "John Smith, 54, chief executive of Velmar Corp, will retire.",
        ("John Smith", "CEO", "Velmar Corp"),
    ),
    case(
        "aged-then-title",
        "Ann Lowe, aged 61, chairman of Dalby Plc, died on Sunday.",
        ("Ann Lowe", "chairman", "Dalby Plc"),
    ),
    case("company-named-as-auditor", "Dalby Plc named Velmar Corp its new auditor."),
]

# More ways news copy writes a title beside a company.
TITLE_FORMS = [
    case("company-chief", "Velmar Bank chief Ann Lowe quit on Friday.", ("Ann Lowe", "head", "Velmar Bank")),
    case(
        "company-boss",
        "The deal was negotiated by Dalby Plc boss Omar Aziz.",
        ("Omar Aziz", "head", "Dalby Plc"),
    ),
    case(
        "a-company-spokeswoman",
        "Ann Lowe, a Velmar Bank spokeswoman, declined to comment.",
        ("Ann Lowe", "spokesman", "Velmar Bank"),
    ),
    case(
        "an-company-analyst",
        "Omar Aziz, an Ostbank Securities analyst, said the shares were cheap.",
        ("Omar Aziz", "analyst", "Ostbank Securities"),
    ),
    case(
        "bare-possessive-director",
        "Ann Lowe, Velmar's managing director for Asia, said demand was strong.",
        ("Ann Lowe", "managing director", "Velmar"),
    ),
    case(
        "place-adjective-is-no-company",
        "Ann Lowe, an Oxford economist, said rates would rise.",
        ("Ann Lowe", "economist", None),
    ),
]

# Names written in pairs, or after a word describing the person.
NAME_SHAPES = [
    case(
        "siblings-share-surname",
        "Brothers Paul and Mark Ferris, who own Ferris Timber Ltd, sold the land.",
        ("Paul Ferris", "owner", "Ferris Timber Ltd"),
        ("Mark Ferris", "owner", "Ferris Timber Ltd"),
    ),
    case(
        "sisters-founded",
        "Sisters Ana and Lucia Ortega founded Ortega Textiles SA in 1990.",
        ("Ana Ortega", "founder", "Ortega Textiles SA"),
        ("Lucia Ortega", "founder", "Ortega Textiles SA"),
    ),
    case(
        "demonym-opens-sentence",
        "Norwegians Sven Dahl and Liv Moen, who own a 30% stake in Fjordline Bank, oppose the bid.",
        ("Sven Dahl", "shareholder", "Fjordline Bank"),
        ("Liv Moen", "shareholder", "Fjordline Bank"),
    ),
    case(
        "person-noun-opens-sentence",
        "Tycoons Karl Brenner and Aino Salo, who own a 30% stake in Velmar Bank, will reject the offer.",
        ("Karl Brenner", "shareholder", "Velmar Bank"),
        ("Aino Salo", "shareholder", "Velmar Bank"),
    ),
    case(
        "company-before-and-is-no-sibling",
        "Acme Corp and Karl Brenner, its chairman, agreed.",
        ("Karl Brenner", "chairman", "Acme Corp"),
    ),
    case(
        "financier-title",
        "The deal was backed by financier Hugo Brandt.",
        ("Hugo Brandt", "financier", None),
    ),
    case(
        "tycoon-title",
        "Shares rose after tycoon Omar Aziz bought 5% of Dalby Plc.",
        ("Omar Aziz", "tycoon", None),
    ),
    case(
        "mr-surname-new-role",
        "Tycoon Ravi Mehta bought shares. Mr Mehta, who is also chairman of Skyhop Airways, "
        "declined to comment.",
        ("Ravi Mehta", "tycoon", None),
        ("Ravi Mehta", "chairman", "Skyhop Airways"),
    ),
    case(
        "said-analyst-with",
        '"Costs rose," said Ann Lowe, a retail analyst with Harwood Securities in London.',
        ("Ann Lowe", "analyst", "Harwood Securities"),
    ),
]

ALL = (
    TITLE_BEFORE
    + TITLE_AFTER
    + PLACED
    + NO_COMPANY
    + NOT_PEOPLE
    + CLAUSES
    + NAME_SHAPES
    + APPOINTED
    + TITLE_FORMS
)


@pytest.mark.parametrize(("text", "expected"), TITLE_BEFORE)
def test_title_before_name(pipeline: Pipeline, text: str, expected: set[Row]) -> None:
    assert people(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), TITLE_AFTER)
def test_title_after_name(pipeline: Pipeline, text: str, expected: set[Row]) -> None:
    assert people(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), PLACED)
def test_placed_at_company(pipeline: Pipeline, text: str, expected: set[Row]) -> None:
    assert people(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), NO_COMPANY)
def test_officials_and_outsiders_get_no_company(pipeline: Pipeline, text: str, expected: set[Row]) -> None:
    assert people(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), NOT_PEOPLE)
def test_hard_cases(pipeline: Pipeline, text: str, expected: set[Row]) -> None:
    assert people(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), CLAUSES)
def test_roles_from_clauses(pipeline: Pipeline, text: str, expected: set[Row]) -> None:
    assert people(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), TITLE_FORMS)
def test_title_forms(pipeline: Pipeline, text: str, expected: set[Row]) -> None:
    assert people(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), APPOINTED)
def test_appointments_and_ages(pipeline: Pipeline, text: str, expected: set[Row]) -> None:
    assert people(pipeline, text) == expected


@pytest.mark.parametrize(("text", "expected"), NAME_SHAPES)
def test_name_shapes(pipeline: Pipeline, text: str, expected: set[Row]) -> None:
    assert people(pipeline, text) == expected


def test_table_size() -> None:
    assert len(ALL) + len(SURNAMES) >= 60


SURNAMES = [
    pytest.param(
        'Zendo Inc chairman Rita Moss spoke. "We will grow," Moss said. Later Moss left.',
        "Rita Moss",
        3,
        id="surname-mentions",
    ),
    pytest.param(
        "Brightwater Inc chief executive Paul Hart spoke. Mr Hart then left.",
        "Paul Hart",
        2,
        id="honorific-surname",
    ),
    pytest.param(
        "said Wei Tan, an analyst at Crane Securities. Tan expects more.", "Wei Tan", 2, id="analyst-surname"
    ),
]


@pytest.mark.parametrize(("text", "name", "count"), SURNAMES)
def test_surnames_attach(pipeline: Pipeline, text: str, name: str, count: int) -> None:
    facts = pipeline.extract(text)
    (person,) = [p for p in facts.people if p.name == name]
    assert len(person.evidence) == count
    mentions = [m for m in facts.get("person_mentions") if m.name == name]  # type: ignore[attr-defined]
    assert len(mentions) == count
    assert all(text[m.start : m.end] == m.text for m in mentions)


def test_seed_people_exactly(pipeline: Pipeline) -> None:
    facts = pipeline.extract(SEED_TEXT.read_text(encoding="utf-8"), "2015-05-14")
    assert {(p.name, p.title, p.company.name if p.company else None) for p in facts.people} == {
        ("Daniel Zhang", "CEO", "Alibaba")
    }


def test_person_company_is_the_company_record(pipeline: Pipeline) -> None:
    facts = pipeline.extract("Brightwater Inc chairman Paul Hart said it grew.")
    (person,) = facts.people
    assert person.company is facts.company("Brightwater Inc")
    assert facts.people_of(facts.companies[0]) == (person,)


def test_titles_come_from_the_lexicon() -> None:
    from corpfacts import Lexicon, hookimpl

    class Chancellor:
        corpfacts_name = "test-titles"

        @hookimpl
        def corpfacts_lexicon(self, lexicon: Lexicon) -> None:
            lexicon.add_title("chief happiness officer", "CHO")

    pipeline = Pipeline([Chancellor()], disable=OTHERS, entry_points=False)
    facts = pipeline.extract("Zendo Inc chief happiness officer Ada Lark quit.")
    assert {(p.name, p.title) for p in facts.people} == {("Ada Lark", "CHO")}
