"""The words practitioners type for people and places, and the domain and kind each one means.

Written as data, for a practitioner to read and correct: each group lists
terms of one domain and one kind. Spelling does not matter beyond the letters
(case, spaces, hyphens and apostrophes are ignored by the matcher), a term
written as two words also matches the same letters typed as one ("job centre"
finds "Jobcentre", "grand dad" finds "Granddad"), and a plural "s" is added
to terms of three letters or more ("friend" finds "Friends").
"""

from ecomap.model.enums import Domain, Kind

FAMILY, FRIENDS, COMMUNITY, WORK = Domain.FAMILY, Domain.FRIENDS, Domain.COMMUNITY, Domain.WORK_EDUCATION
SERVICES, JUSTICE = Domain.SERVICES, Domain.JUSTICE
PERSON, PET, GROUP, ORGANISATION = Kind.PERSON, Kind.PET, Kind.GROUP, Kind.ORGANISATION

# One group a line where the formatter would put one term a line.
# fmt: off
TERMS: dict[tuple[Domain, Kind], tuple[str, ...]] = {
    (FAMILY, PERSON): (
        "mum", "mam", "mom", "mother", "mummy", "mammy", "mommy", "ma",
        "dad", "da", "father", "daddy", "papa",
        "step mum", "step mom", "step mother", "step dad", "step father", "step parent",
        "parent", "birth parent", "adoptive parent",
        "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grand mother",
        "grand dad", "grandad", "grandpa", "grampa", "gramps", "grand father", "grand parent",
        "brother", "bro", "sister", "sis", "half brother", "half sister", "step brother", "step sister",
        "sibling", "twin",
        "son", "daughter", "step son", "step daughter", "child", "step child", "kid", "baby",
        "grand son", "grand daughter", "grand child",
        # A partner, girlfriend or boyfriend is family here, not friends: the tie is
        # the close, bonding one, and the palette files "Partner" under family.
        "partner", "wife", "husband", "spouse", "girl friend", "boy friend", "other half",
        "fiancé", "fiancée", "fiance", "fiancee",
        "ex partner", "ex", "ex wife", "ex husband", "baby mum", "baby mother", "baby father", "baby dad",
        "aunt", "auntie", "aunty", "uncle", "cousin", "niece", "nephew",
        "god mother", "god father", "god parent", "mother in law", "father in law",
        "family member", "relative",
        # In youth justice "parents/carers" are whoever brings the child up, so a carer,
        # guardian or kinship carer is family; a paid carer is a "care worker" (services).
        "carer", "foster carer", "foster mum", "foster dad", "foster parent", "kinship carer",
        "guardian", "special guardian",
    ),
    (FAMILY, GROUP): ("family", "foster family", "birth family", "in laws", "children", "kids"),
    # Pets are family: they are kept at home and the palette files "Pet" there.
    (FAMILY, PET): (
        "pet", "dog", "puppy", "pup", "staffie", "staffy", "terrier", "spaniel", "cat", "kitten",
        "rabbit", "bunny", "hamster", "guinea pig", "gerbil", "ferret",
        "budgie", "parrot", "snake", "lizard", "gecko", "tortoise", "horse", "pony",
    ),
    (FRIENDS, PERSON): (
        "friend", "best friend", "bestie", "bezzie", "bff", "mate", "best mate", "pal", "buddy",
        "bredren", "bredrin", "school friend", "school mate", "family friend",
        "neighbour", "neighbor", "next door", "flat mate", "house mate", "room mate",
    ),
    (FRIENDS, GROUP): (
        "group of friends", "friendship group", "peer group", "peers", "lads", "mandem",
    ),
    (COMMUNITY, PERSON): (
        # Mentors and navigators from the community and from lived experience, not a service's staff:
        # the bridge to new circles is the point of them.
        "peer mentor", "community mentor", "mentor", "relational navigator", "navigator", "befriender",
        # An AA/NA sponsor is a peer in recovery, not a professional.
        "sponsor",
        # A sports coach; a "work coach" is the Jobcentre (services), listed there.
        "coach", "football coach", "boxing coach", "sports coach", "scout leader",
        "chaplain", "prison chaplain", "imam", "vicar", "priest", "pastor", "rabbi", "faith leader",
        "community leader",
        # A volunteer who supports the client; the client's own volunteering is the group below.
        "volunteer",
    ),
    (COMMUNITY, GROUP): (
        "community", "online community", "group", "support group", "peer support",
        "recovery", "recovery group", "recovery café", "recovery cafe", "recovery community",
        "fellowship", "mutual aid", "twelve step", "12 step",
        "aa", "na", "ca", "alcoholics anonymous", "narcotics anonymous", "cocaine anonymous",
        "gamblers anonymous", "al anon", "smart recovery",
        # A church or mosque on a map is the congregation the client belongs to.
        # ("Faith" alone is left out: it is also a first name.)
        "faith group", "church", "chapel", "mosque", "masjid", "temple", "mandir",
        "synagogue", "gurdwara", "kingdom hall", "bible study", "prayer group", "madrasa", "madrassa",
        "club", "sports club", "youth club", "youth group", "youth project", "boxing", "football",
        "five a side", "5 a side", "team", "rugby", "cricket", "basketball", "martial arts",
        "karate", "mma", "swimming", "park run", "dance", "choir", "band", "drama",
        "scouts", "cadets", "army cadets", "guides", "duke of edinburgh", "dofe",
        "volunteering", "allotment", "gardening", "men's shed",
    ),
    # Places of the community, open to anyone.
    (COMMUNITY, ORGANISATION): (
        "community centre", "community center", "youth centre", "youth center", "youth zone",
        "leisure centre", "sports centre", "gym", "skate park", "library",
        "food bank", "soup kitchen", "charity shop",
    ),
    (WORK, PERSON): (
        # "Manager" alone is the client's boss; an offender or case manager is justice.
        "boss", "manager", "team leader", "supervisor", "colleague", "work mate", "co worker",
        "tutor", "college tutor", "teacher", "head teacher", "head of year", "teaching assistant", "senco",
        # A learning mentor is school staff, unlike a peer mentor.
        "learning mentor", "careers adviser", "careers advisor",
    ),
    (WORK, ORGANISATION): (
        "employer", "job", "work", "workplace", "warehouse", "factory", "work placement",
        "work experience", "apprenticeship", "traineeship", "temp agency", "employment agency",
        "college", "school", "sixth form", "academy", "university", "uni", "course", "training",
        "training provider", "education", "esol", "functional skills", "pupil referral unit", "pru",
        "alternative provision", "virtual school", "careers", "connexions", "princes trust",
    ),
    (WORK, GROUP): ("job club",),
    (SERVICES, PERSON): (
        "doctor", "dr", "nurse", "practice nurse", "health visitor", "midwife", "dentist",
        "counsellor", "counselor", "therapist", "psychiatrist", "psychologist",
        "community psychiatric nurse", "cpn", "care coordinator",
        "social worker", "personal adviser", "personal advisor", "independent reviewing officer", "iro",
        # Youth, key and support workers are paid staff of a service, whoever employs them.
        "youth worker", "key worker", "support worker", "outreach worker", "case worker",
        "family support worker", "care worker", "drugs worker", "drug worker", "recovery worker",
        "substance misuse worker",
        # A work coach is the client's named person at the Jobcentre.
        "work coach",
        "housing officer", "housing worker", "landlord", "landlady",
        "advocate", "idva", "isva", "interpreter",
    ),
    (SERVICES, ORGANISATION): (
        "gp", "gp surgery", "surgery", "doctors", "health centre", "medical centre", "clinic",
        "hospital", "a and e", "nhs", "pharmacy", "chemist", "sexual health",
        "mental health", "mental health team", "mental health service", "cmht", "camhs", "iapt",
        "talking therapies", "counselling", "therapy",
        "drug and alcohol", "drug and alcohol service", "drug service", "drugs service",
        "alcohol service", "substance misuse", "substance misuse service", "detox", "rehab",
        "needle exchange", "turning point", "change grow live", "cgl",
        # NHS liaison and diversion works in police custody and courts but is a health service.
        "liaison and diversion",
        "social services", "children's services", "adult social care", "early help",
        "family support", "leaving care", "cafcass", "council", "local authority",
        "housing", "housing association", "housing support", "floating support", "hostel",
        "supported housing", "supported accommodation", "temporary accommodation",
        "homelessness", "day centre", "shelter", "refuge", "children's home",
        "job centre", "job centre plus", "jcp", "dwp", "benefits", "benefit", "universal credit", "uc",
        "citizens advice", "cab", "debt advice", "money advice", "step change",
        "advocacy", "victim support", "women's aid", "samaritans", "nacro", "barnardo's", "nspcc",
        # A women's centre is where women on probation are sent for support: a service.
        "women's centre",
    ),
    (JUSTICE, PERSON): (
        "probation officer", "probation practitioner", "probation worker", "po", "pso",
        "offender manager", "responsible officer",
        # In youth justice the case manager is the YOT worker.
        "case manager", "yot worker", "youth justice worker", "victim liaison officer",
        "police officer", "pcso", "detective", "prison officer",
        "solicitor", "duty solicitor", "lawyer", "barrister", "judge",
    ),
    (JUSTICE, ORGANISATION): (
        "probation", "probation service", "youth offending team", "youth offending service",
        "yot", "yos", "youth justice", "youth justice service", "yjs", "victim liaison",
        "police", "court", "magistrates", "prison", "hmp", "yoi", "young offender institution",
        "secure children's home", "secure training centre", "custody",
        "approved premises", "bail hostel", "mappa", "iom", "integrated offender management",
        "community payback", "unpaid work", "attendance centre", "referral order",
        "electronic monitoring", "iss",
    ),
    (JUSTICE, GROUP): ("youth offender panel",),
}
# fmt: on

FIRST_WORD_ONLY = frozenset({"ma", "da", "na", "ca", "po"})
"""Short words that are also parts of names ("Maria da Silva", "Jin Na"): they count
only as the first word of a name, typed as one word ("Ma", "Da (Sean)", "NA meeting")."""

# Other names for the palette's entries, so that "Find…" finds an entry by any of them:
# typing "JCP" shows "Job centre", "doctor" shows "GP", "AA" shows "Recovery group".
# Keyed by the entry's label in the catalogue; case, spaces and punctuation do not matter
# ("jobcentre" is "Job centre" already), and every name should mean the entry's domain.
# fmt: off
PALETTE_VARIANTS: dict[str, tuple[str, ...]] = {
    "Family member": ("relative", "family", "aunt", "auntie", "uncle", "cousin", "niece", "nephew"),
    "Mum": ("mam", "mom", "mother", "mummy", "mammy", "mommy", "step mum", "foster mum"),
    "Dad": ("father", "daddy", "papa", "step dad", "foster dad"),
    "Partner": ("wife", "husband", "spouse", "girlfriend", "boyfriend", "fiancé", "fiancée", "other half"),
    "Child": ("son", "daughter", "kid", "kids", "children", "baby"),
    "Brother": ("bro", "half brother", "step brother", "sibling"),
    "Sister": ("sis", "half sister", "step sister", "sibling"),
    "Grandparent": (
        "nan", "nana", "nanna", "nanny", "gran", "granny", "grandma", "grandmother",
        "grandad", "granddad", "grandpa", "grandfather",
    ),
    "Pet": ("dog", "puppy", "cat", "kitten", "rabbit", "hamster", "budgie", "parrot", "snake", "horse"),
    "Friend": ("mate", "best mate", "pal", "buddy", "best friend", "bestie", "bff"),
    "Neighbour": ("neighbor", "next door"),
    "Group of friends": ("friendship group", "peer group", "peers", "mates", "lads"),
    "Peer mentor": ("mentor", "befriender", "sponsor"),
    "Community mentor": ("mentor", "befriender"),
    "Relational navigator": ("navigator",),
    "Recovery group": (
        "AA", "Alcoholics Anonymous", "NA", "Narcotics Anonymous", "CA", "Cocaine Anonymous",
        "Gamblers Anonymous", "Al-Anon", "SMART Recovery", "twelve step", "12 step", "fellowship",
        "mutual aid", "peer support", "support group",
    ),
    "Recovery community": ("recovery café", "lived experience", "mutual aid", "peer support", "fellowship"),
    "Faith group": (
        "church", "chapel", "mosque", "masjid", "temple", "mandir", "synagogue", "gurdwara",
        "kingdom hall", "prayer group", "bible study",
    ),
    "Sports club": ("gym", "football", "boxing", "team", "rugby", "cricket", "martial arts", "park run"),
    "Volunteering": ("volunteer",),
    "Online community": ("online", "internet", "gaming", "discord"),
    "Employer": ("work", "job", "boss", "manager", "workplace", "colleague"),
    "College": ("tutor", "university", "uni", "sixth form", "course", "training"),
    "School": ("teacher", "academy", "head teacher", "pupil referral unit", "PRU"),
    "GP": ("doctor", "doctors", "Dr", "GP surgery", "surgery", "health centre", "medical centre"),
    "Mental health team": ("CMHT", "CAMHS", "CPN", "community psychiatric nurse", "psychiatrist", "IAPT"),
    "Drug and alcohol service": (
        "drugs", "substance misuse", "drugs worker", "CGL", "Change Grow Live", "Turning Point",
        "detox", "rehab",
    ),
    "Housing": ("housing officer", "housing association", "landlord", "hostel", "supported housing"),
    "Job centre": ("Jobcentre", "Jobcentre Plus", "JCP", "work coach"),
    "Benefits": ("benefit", "Universal Credit", "UC", "DWP", "PIP", "ESA"),
    "Probation officer": ("probation", "PO", "probation practitioner", "offender manager"),
    "Youth offending team": ("YOT", "YOS", "youth offending service", "youth justice", "YJS", "case manager"),
    "Police": ("police officer", "PCSO", "detective"),
    "Solicitor": ("lawyer", "duty solicitor", "barrister"),
    "Court": ("magistrates", "crown court", "judge"),
}
# fmt: on
