"""The credential catalog, family by family: each family's members known by the names résumés use, with their
issuer and tier; short or ambiguous spellings count only where the text is about credentials; and the look-alikes
the real résumés hold (a railway, a stress test, a parents' association) name no credential."""
from __future__ import annotations

import json
from importlib import resources

import pytest
import regex

from evaluation import sources
from extractors.finders import credentials
from extractors.finders.credentials import find_in_text
from tests.conftest import shared


def found(text: str, listed: bool = False) -> list[tuple[str, str]]:
    return [(text[m.start:m.end], m.credential.id) for m in find_in_text(text, listed)]


# --- every family member, by the name people write: (spelling, catalog id, issuer, tier) -----------------------

MEMBERS = {
    "it": [
        ("CompTIA CTT+", "comptia-ctt", "CompTIA", "exam"),
        ("Cloud Essentials+", "comptia-cloud-essentials", "CompTIA", "exam"),
        ("CompTIA Security+ ce", "comptia-security", "CompTIA", "exam"),
        ("Comptia Security Certification", "comptia-security", "CompTIA", "exam"),
        ("CCDE", "ccde", "Cisco", "experience-gated"),
        ("CyberOps Associate", "cyberops-associate", "Cisco", "exam"),
        ("CCIE Routing & Switching", "ccie", "Cisco", "exam"),
        ("AZ-700", "az-700", "Microsoft", "exam"),
        ("AZ-103", "az-104", "Microsoft", "exam"),                # the retired exam of the same role
        ("SC-200", "sc-200", "Microsoft", "exam"),
        ("MS-102", "ms-102", "Microsoft", "exam"),
        ("PL-300", "pl-300", "Microsoft", "exam"),
        ("Microsoft Certified: Azure Fundamentals", "az-900", "Microsoft", "exam"),
        ("Microsoft Certified Azure Fundamentals", "az-900", "Microsoft", "exam"),
        ("MCDST", "mcdst", "Microsoft", "exam"),
        ("MCPD", "mcpd", "Microsoft", "exam"),
        ("Microsoft Certified Systems Administrator", "mcsa", "Microsoft", "exam"),
        ("AWS Certified Database - Specialty", "aws-dbs", "Amazon Web Services", "exam"),
        ("AWS Certified AI Practitioner", "aws-aip", "Amazon Web Services", "exam"),
        ("Professional Cloud Database Engineer", "gcp-pdbe", "Google Cloud", "exam"),
        ("Oracle Certified Expert", "oce", "Oracle", "exam"),
        ("Sun Certified Java Developer", "scjd", "Oracle", "exam"),
        ("MySQL Core Certification", "mysql", "MySQL", "exam"),
        ("RHCT", "rhct", "Red Hat", "exam"),
        ("Red Hat Certified Specialist in Ansible Automation", "rh-specialist", "Red Hat", "exam"),
        ("VCIX-NV", "vcix", "VMware", "experience-gated"),
        ("VCAP-DCD", "vcap", "VMware", "exam"),
        ("LFCE", "lfce", "The Linux Foundation", "exam"),
        ("CGRC", "isc2-cap", "ISC2", "experience-gated"),
        ("Certified Authorization Professional", "isc2-cap", "ISC2", "experience-gated"),
        ("HCISPP", "hcispp", "ISC2", "experience-gated"),
        ("CISSP-ISSAP", "cissp-concentration", "ISC2", "experience-gated"),
        ("CSX-P", "csx-p", "ISACA", "exam"),
        ("Certified Network Defender", "cnd", "EC-Council", "exam"),
        ("CCISO", "cciso", "EC-Council", "exam"),
        ("GCFE", "gcfe", "GIAC", "exam"),
        ("GREM", "grem", "GIAC", "exam"),
        ("OSEP", "osep", "OffSec", "exam"),
        ("eJPT", "ine-ejpt", "INE Security (eLearnSecurity)", "exam"),
        ("JNCIP-SP", "jncip", "Juniper Networks", "exam"),
        ("PCAP", "pcap", "Python Institute", "exam"),
        ("Zend Certified PHP Engineer", "zend", "Zend", "exam"),
        ("CCDAK", "ccdak", "Confluent", "exam"),
        ("Certified Internet Webmaster", "ciw", "CIW", "exam"),
    ],
    "project": [
        ("Certified Enterprise Coach", "cec-scrum", "Scrum Alliance", "experience-gated"),
        ("CSP-D", "csp-d", "Scrum Alliance", "experience-gated"),
        ("PSM-A", "psm-ii", "Scrum.org", "exam"),                 # PSM II's new name
        ("Certified SAFe 5 Agilist", "safe-agilist", "Scaled Agile", "exam"),
        ("SAFe Architect", "safe-architect", "Scaled Agile", "exam"),
        ("Disciplined Agile Senior Scrum Master", "dassm", "Project Management Institute", "exam"),
        ("PRINCE2 Foundation & Practitioner", "prince2-practitioner", "AXELOS / PeopleCert", "exam"),
        ("MoR Practitioner", "mor", "AXELOS / PeopleCert", "exam"),
        ("AgilePM Practitioner", "agilepm", "APMG International", "exam"),
        ("ICE-AC", "ice-ac", "ICAgile", "experience-gated"),
        ("CPRE Foundation Level", "cpre", "IREB", "exam"),
        ("ITIL v3 Expert", "itil-intermediate", "AXELOS / PeopleCert", "exam"),
        ("ITIL 4 Create, Deliver and Support", "itil-intermediate", "AXELOS / PeopleCert", "exam"),
        ("ITIL Master", "itil-master", "AXELOS / PeopleCert", "experience-gated"),
    ],
    "quality": [
        ("Certified Six Sigma Black Belt (CSSBB)", "asq-cssbb", "ASQ", "experience-gated"),   # ASQ's designation
        ("CSSGB", "asq-cssgb", "ASQ", "experience-gated"),
        ("ICGB", "iassc", "IASSC", "exam"),
        ("Lean Six Sigma Green Belt Certification", "cssgb", None, "exam"),   # the body is the one the text names
        ("Lean Six Sigma Champion", "six-sigma-champion", None, "course"),
        ("CQPA", "cqpa", "ASQ", "exam"),
        ("CSQE", "csqe", "ASQ", "experience-gated"),
        ("CQM/OE", "cmq-oe", "ASQ", "experience-gated"),
        ("CQM-C", "usace-cqm", "U.S. Army Corps of Engineers", "course"),
        ("IRCA Lead Auditor", "iso-9001-la", None, "exam"),
        ("5S Certification", "lean", None, "course"),
    ],
    "health": [
        ("PEARS", "pears", "American Heart Association", "course"),
        ("ACLS Instructor", "cpr-instructor", "American Red Cross / American Heart Association", "experience-gated"),
        ("Advanced Trauma Life Support", "atls", "American College of Surgeons", "course"),
        ("Geriatric Nursing Assistant", "cna", "State Department of Health (nurse aide registry)", "license"),
        ("Certified Home Health Aide", "hha", "State Department of Health (nurse aide registry)", "license"),
        ("CPCT/A", "pct", "NHA", "exam"),
        ("NCLEX-PN", "lpn", "State Board of Nursing", "license"),
        ("AGACNP-BC", "aprn", "State Board of Nursing", "license"),
        ("CCRN-K", "ccrn", "American Association of Critical-Care Nurses", "experience-gated"),
        ("TCRN", "tcrn", "Board of Certification for Emergency Nursing", "experience-gated"),
        ("CEHRS", "cehrs", "NHA", "exam"),
        ("CRCST", "crcst", "HSPA", "exam"),
        ("BCOP", "bps", "Board of Pharmacy Specialties", "experience-gated"),
        ("LISW-S", "lcsw", "State Board of Social Work", "license"),
        ("ACSW", "acsw", "NASW", "experience-gated"),
        ("LCMHC", "lpc", "State counseling board / NBCC", "license"),
        ("Certified Rehabilitation Counselor (CRC)", "crc-rehab", "Commission on Rehabilitation Counselor Certification",
         "experience-gated"),                                   # not the coders' CRC
        ("NCSP", "ncsp", "National Association of School Psychologists", "experience-gated"),
        ("LCADC", "cadc", "State certification board / IC&RC", "license"),
        ("MCHES", "ches", "NCHEC", "exam"),
        ("QMAP", "medication-aide", "State Department of Health", "license"),
        ("CPHIMS", "cphims", "HIMSS", "experience-gated"),
        ("NREMT-P", "paramedic", "National Registry of EMTs / State EMS office", "license"),
    ],
    "trades": [
        ("OSHA 40 Hour HAZWOPER", "hazwoper", "OSHA (authorised trainer)", "course"),
        ("10 Hour OSHA Hazard Recognition Training for the Construction Industry", "osha-10", "OSHA (authorised trainer)",
         "course"),
        ("Scissor Lift Certified", "aerial-lift", "Employer or trainer (ANSI A92, IPAF)", "course"),
        ("CDL-C", "cdl", "State Department of Motor Vehicles", "license"),
        ("Universal EPA", "hvac-epa", "U.S. Environmental Protection Agency", "license"),
        ("NATE Certified", "nate", "North American Technician Excellence", "exam"),
        ("ASE T-Series", "ase-series", "National Institute for Automotive Service Excellence", "experience-gated"),
        ("6G Pipe Welding Certification", "aws-welder", "American Welding Society", "exam"),
        ("SCWI", "cwi", "American Welding Society", "experience-gated"),
        ("Apprentice Electrician License", "electrician-apprentice", "State electrical licensing board", "license"),
        ("Limited Energy License", "low-voltage", "State electrical licensing board", "license"),
        ("NFPA 70E Certified", "nfpa-70e", "NFPA", "course"),
        ("LOTO Certified", "lockout-tagout", "OSHA (authorised trainer)", "course"),
        ("ATSSA Flagger Certified", "flagger", "ATSSA / State Department of Transportation", "course"),
        ("NCCCO Signalperson", "crane", "NCCCO", "exam"),
        ("MSHA Part 48", "msha", "Mine Safety and Health Administration", "course"),
        ("NCCER Certified", "nccer", "NCCER", "exam"),
        ("Certified Backflow Tester", "backflow", "State licensing board / ASSE", "license"),
        ("ASSE 6010", "medgas", "ASSE International", "exam"),
        ("EPA Lead-Safe Certified Renovator", "lead-rrp", "U.S. Environmental Protection Agency", "course"),
        ("AHERA Asbestos Inspector", "asbestos", "State environmental or health agency", "license"),
        ("IICRC WRT", "iicrc", "IICRC", "exam"),
        ("Certified Pool Operator", "pool-operator", "PHTA (formerly NSPF)", "course"),
        ("CFII", "faa-pilot", "Federal Aviation Administration", "license"),
        ("Part 107 Remote Pilot", "faa-part107", "Federal Aviation Administration", "license"),
        ("FAA Class 1 Medical", "faa-medical", "Federal Aviation Administration", "license"),
        ("FCC General Radiotelephone Operator License", "fcc", "Federal Communications Commission", "license"),
        ("CFOT", "fiber-optics", "Fiber Optic Association / ETA International", "exam"),
    ],
    "finance": [
        ("CPA/CITP", "citp", "AICPA", "experience-gated"),
        ("Certified Financial Services Auditor", "cfsa", "The Institute of Internal Auditors", "experience-gated"),
        ("IRS Enrolled Agent", "ea", "Internal Revenue Service", "license"),
        ("Registered Tax Return Preparer", "afsp", "Internal Revenue Service", "course"),
        ("CFA Level II Candidate", "cfa-level", "CFA Institute", "exam"),
        ("FRM Part I", "frm-part", "GARP", "exam"),
        ("RICP", "ricp", "The American College of Financial Services", "exam"),
        ("AAMS", "aams", "College for Financial Planning", "course"),
        ("Uniform Securities Agent State Law Exam", "series-63", "NASAA", "license"),
        ("General Securities Principal", "series-24", "FINRA", "license"),
        ("Series 7 General Securities Registered Representative", "series-7", "FINRA", "license"),
        ("Registered Investment Representative", "finra-registered-rep", "FINRA", "license"),
        ("Investment Adviser Representative", "iar", "State securities regulator", "license"),
        ("Series 14", "series-14", "FINRA", "license"),
        ("S.A.F.E. Registered", "nmls", "NMLS / state regulator", "license"),
        ("CAMS-FCI", "cams", "ACAMS", "experience-gated"),
    ],
    "insurance": [
        ("Life, Accident and Health Insurance", "life-health", "State Department of Insurance", "license"),
        ("Life/Health Insurance Licenses", "life-health", "State Department of Insurance", "license"),
        ("Variable Annuities License", "variable-annuity", "State Department of Insurance", "license"),
        ("Personal Lines License", "personal-lines", "State Department of Insurance", "license"),
        ("Associate in Commercial Underwriting", "au-ins", "The Institutes", "exam"),
        ("FLMI", "flmi", "LOMA", "course"),
        ("CLTC", "cltc", "Corporation for Long-Term Care Certification", "course"),
    ],
    "real-estate and legal": [
        ("Certified Distressed Property Expert", "crs", "National Association of REALTORS affiliates", "course"),
        ("CMCA", "cam-hoa", "CAI / State licensing", "license"),
        ("Certified Notary Signing Agent", "notary", "Secretary of State", "license"),
    ],
    "hr": [
        ("Professional of Human Resources (PHR)", "phr", "HRCI", "experience-gated"),
        ("Professional Human Resources Certification (PHR)", "phr", "HRCI", "experience-gated"),
        ("SPHRi", "sphr", "HRCI", "experience-gated"),
        ("SHRM-SCP Certification", "shrm-scp", "SHRM", "experience-gated"),
        ("Essentials of Human Resource Management Certificate Program", "shrm-essentials", "SHRM", "course"),
        ("Certified Benefits Professional", "cbp-ww", "WorldatWork", "exam"),
        ("Certified Employee Benefit Specialist", "cebs", "International Foundation of Employee Benefit Plans", "exam"),
        ("CHRL", "cphr", "CPHR Canada / HRPA", "experience-gated"),
    ],
    "education": [
        ("Multiple Subject Teaching Credential", "teaching", "State Department of Education", "license"),
        ("Collaborative Endorsement", "teaching-endorsement", "State Department of Education", "license"),
        ("Administrative Services Credential", "school-admin", "State Department of Education", "license"),
        ("Pupil Personnel Services Credential", "school-services", "State Department of Education", "license"),
        ("CBEST", "teacher-exams", "various (ETS, Pearson, state agencies)", "exam"),
        ("PRAXIS II", "praxis", "ETS", "exam"),
        ("Trinity CertTESOL", "tesol", "various (TESOL, Cambridge CELTA)", "course"),
        ("AMI Montessori Diploma", "montessori", "AMI / AMS / MACTE-accredited programs", "course"),
        ("Maryland Child Care Credential", "child-care-credential", "State child care licensing agency", "license"),
        ("USATF Level 1 Certification", "coaching", "various sports bodies", "course"),
    ],
    "languages": [
        ("TOEFL Certificate", "toefl", "ETS", "exam"),
        ("IELTS Academic", "ielts", "IELTS (British Council / IDP / Cambridge)", "exam"),
        ("Cambridge Advanced Certificate of English", "cambridge-english", "Cambridge Assessment English", "exam"),
        ("DALF C1", "delf-dalf", "France Éducation International (French Ministry of National Education)", "exam"),
        ("Goethe-Zertifikat B2", "goethe", "Goethe-Institut", "exam"),
        ("JLPT N2", "jlpt", "The Japan Foundation / JEES", "exam"),
        ("HSK 4", "hsk", "Chinese Testing International", "exam"),
    ],
    "food and hospitality": [
        ("Certified Food Protection Manager", "food-manager", "ANSI-accredited provider (ServSafe, NRFSP, Prometric)", "exam"),
        ("ServSafe Allergens", "servsafe", "National Restaurant Association", "exam"),
        ("TAM Card", "tips", "Health Communications / state liquor authority", "course"),
        ("CFBE", "ahlei", "American Hotel & Lodging Educational Institute", "experience-gated"),
        ("Certified Cicerone", "sommelier", "Court of Master Sommeliers / WSET", "exam"),
        ("GMP Certification", "gmp", "various (employer, FDA-regulated training providers)", "course"),
    ],
    "engineering and construction": [
        ("Passed the FE Exam", "fe-exam", "National Council of Examiners for Engineering and Surveying", "exam"),
        ("LEED AP Building Design + Construction", "leed-ap", "U.S. Green Building Council", "experience-gated"),
        ("GISP", "gisp", "GIS Certification Institute", "experience-gated"),     # not GIAC's (that one is 'GIAC GISP')
        ("AICP", "aicp", "American Planning Association", "experience-gated"),
        ("PTOE", "ptoe", "Transportation Professional Certification Board", "experience-gated"),
        ("GDTP", "gdtp", "ASME", "exam"),
        ("RESNET HERS Rater", "energy-auditor", "Association of Energy Engineers / BPI / RESNET", "exam"),
        ("NABCEP PV Installation Professional", "nabcep", "NABCEP", "experience-gated"),
        ("CESSWI", "cpesc", "EnviroCert International", "experience-gated"),
        ("ICC Residential Building Inspector", "icc", "International Code Council", "exam"),
        ("ACI Concrete Field Testing Technician Grade I", "aci", "American Concrete Institute", "exam"),
        ("UT Level II", "asnt", "ASNT", "experience-gated"),
        ("CSWIP 3.1", "cswip", "TWI", "experience-gated"),
        ("PSP (AACE)", "aace", "AACE International", "experience-gated"),
    ],
    "operations": [
        ("CPIM-D", "apics-cpim", "ASCM (APICS)", "exam"),
        ("SCOR-P", "ascm-csca", "ASCM (APICS)", "exam"),
        ("CPCM", "ncma", "National Contract Management Association", "experience-gated"),
        ("NIGP-CPP", "nigp", "NIGP", "experience-gated"),
        ("FAC-COR Level II", "contracting-officer", "U.S. federal agency", "license"),
    ],
    "public safety, legal and fitness": [
        ("Firefighter I/II", "firefighter", "State fire marshal / Pro Board / IFSAC", "license"),
        ("Certified Emergency Manager", "cem-iaem", "IAEM", "experience-gated"),
        ("Basic Peace Officer Certificate", "police-post", "State POST commission", "license"),
        ("Registered Patent Agent", "patent-bar", "United States Patent and Trademark Office", "license"),
        ("Supreme Court Certified Mediator", "mediator", "State court / mediation program", "course"),
        ("Registered Professional Reporter", "court-reporter", "NCRA / State licensing board", "license"),
        ("Certified Medical Interpreter", "interpreter", "various (courts, CCHI, NBCMI, ATA)", "exam"),
        ("Licensed Athletic Trainer", "athletic-trainer", "BOC / State licensing board", "license"),
        ("CF-L1", "crossfit", "CrossFit", "course"),
        ("Precision Nutrition Level 1", "nutrition-coach", "various (Precision Nutrition, NASM, ISSA)", "course"),
        ("NBC-HWC", "health-coach", "various (NBHWC, ACE, Wellcoaches)", "exam"),
        ("Les Mills Bodypump", "les-mills", "Les Mills", "course"),
    ],
    "developers' platforms and others": [
        ("Pega Certified Senior System Architect", "pega", "Pegasystems", "exam"),
        ("ServiceNow Certified System Administrator", "servicenow", "ServiceNow", "exam"),
        ("Splunk Core Certified Power User", "splunk", "Splunk", "exam"),
        ("UiPath Certified Advanced RPA Developer", "rpa", "UiPath", "exam"),
        ("Salesforce Certified JavaScript Developer I", "sf-developer", "Salesforce", "exam"),
        ("MongoDB Certified Developer Associate", "mongodb", "MongoDB", "exam"),
        ("Java Standard Edition 6 Certified Professional", "ocp-java", "Oracle", "exam"),
        ("DB2 9 Fundamentals", "ibm-certified", "IBM", "exam"),
        ("AWS Academy Graduate - AWS Academy Cloud Foundations", "aws-academy", "Amazon Web Services", "course"),
        ("Responsive Web Design Certification", "freecodecamp-cert", "freeCodeCamp", "course"),
        ("Google Analytics Individual Certification", "google-analytics", "Google", "exam"),
        ("Graduate Gemologist", "gia", "GIA", "course"),
        ("National Career Readiness Certificate", "workkeys", "ACT", "exam"),
        ("Problem Solving (Intermediate) Certificate", "hackerrank", "HackerRank", "exam"),
        ("Certified Research Administrator", "cra-racc", "Research Administrators Certification Council", "experience-gated"),
        ("Oracle Cloud Infrastructure 2023 Certified Foundations Associate", "oci-foundations", "Oracle", "exam"),
        ("Oracle Cloud Infrastructure 2024 Generative AI Certified Professional", "oci-professional", "Oracle", "exam"),
    ],
}


@pytest.mark.parametrize("spelling, cid, issuer, tier", [row for rows in MEMBERS.values() for row in rows],
                         ids=lambda v: v if isinstance(v, str) else None)
def test_each_family_member_is_known_with_its_issuer_and_tier(spelling, cid, issuer, tier):
    cred = credentials.lookup(spelling)
    assert cred is not None and (cred.id, cred.issuer, cred.tier) == (cid, issuer, tier)
    assert found(spelling, listed=True) == [(spelling, cid)]     # the whole name, not a part of it


def test_every_catalog_entry_has_a_known_tier_and_no_spelling_twice_in_one_entry():
    raw = json.loads(resources.files("extractors.data").joinpath("credentials.json").read_text("utf-8"))
    for e in raw["credentials"]:
        spellings = [e["name"], *e.get("aliases", []), *e.get("guarded", [])]
        assert e["tier"] in credentials.TIERS[:-1], e["id"]
        assert len(set(spellings)) == len(spellings), e["id"]


@pytest.mark.parametrize("spelling, body", [
    ("Quality Assurance Institute", "QAI Global Institute"),
    ("ECDL Foundation", "ICDL Foundation"),
    ("Educational Testing Service", "ETS"),
    ("Gemological Institute of America", "GIA"),
    ("Behavior Analyst Certification Board", "BACB"),
    ("The Welding Institute", "TWI"),
    ("Offensive Security", "OffSec"),
    ("APMG International", "APMG International"),       # its own body, no longer an AXELOS spelling
    ("AICPA", "AICPA"),
])
def test_the_bodies_that_grant_the_families_are_known_by_their_spellings(spelling, body):
    assert credentials.canonical_issuer(spelling) == body


# --- real résumé lines (anonymised livecareer bullets, quoted): each family member is found, whole -----------

@pytest.mark.parametrize("line, expected", [
    ("MCDST Certification - Microsoft", [("MCDST", "mcdst")]),
    ("Sun Certified Java Developer (SCJD)", [("Sun Certified Java Developer (SCJD)", "scjd")]),
    ("Certified Internet Webmaster HTML, CSS, and JavaScript, FTP, web server administration and networking "
     "fundamentals.", [("Certified Internet Webmaster", "ciw")]),
    ("Microsoft Certified Solutions Associate (MCSA) Certificate", [("Microsoft Certified Solutions Associate (MCSA)", "mcsa")]),
])
def test_it_family_members_in_real_resume_lines(line, expected):
    assert found(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("Six Sigma Green Belt Certified.", [("Six Sigma Green Belt Certified", "cssgb")]),
    ("ITIL Intermediate Certifications", [("ITIL Intermediate", "itil-intermediate")]),
    ("Projects In\nControlled Environments (PRINCE2) Foundation, UNDP training, Tripoli - December 2009",
     [("Projects In\nControlled Environments (PRINCE2) Foundation", "prince2-foundation")]),
])
def test_project_and_quality_family_members_in_real_resume_lines(line, expected):
    assert found(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("Maintains Strict Confidentiality Certified CNA/HHA & Medical Assistant", [("CNA", "cna"), ("HHA", "hha")]),
    ("Licensed/Certified Home Health Aide", [("Certified Home Health Aide", "hha")]),
    ("Certificate Pediatric Education for Prehospital Professionals (PEPP) CPR Certification MTI (Management Training "
     "Institute), Texas A & M, AAA", [("Pediatric Education for Prehospital Professionals (PEPP)", "phtls"),
                                     ("CPR Certification", "cpr")]),
    ("EXIN Project Management Professional (PMP), PMI; Certified Professional in Health Information Management "
     "Systems, (CPHIMS), HIMSS", [("Project Management Professional (PMP)", "pmp"), ("CPHIMS", "cphims")]),
    ("L.P.N. Staff Nurse & PRN Charge Nurse", [("L.P.N.", "lpn")]),
])
def test_health_family_members_in_real_resume_lines(line, expected):
    assert found(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("Asbestos Supervisor Certificate Lead Inspector Certificate ATI - Asbestos & Lead Training Institute",
     [("Asbestos Supervisor Certificate", "asbestos"), ("Lead Inspector Certificate", "lead-rrp")]),
    ("Engineering Corporation, EPA Section 608 Type Universal Certification. Mold Awareness & Inspection, Certificate : "
     "01/1993", [("EPA Section 608", "hvac-epa")]),
    ("MOT (Traffic Management for road work), Certified OSHA Safety Rep., Confined Space Certification (Lift Station "
     "work)", [("Confined Space Certification", "confined-space")]),
    ("Fall Protection: Workplace Safety 2016 J. J. Keller & Associates, Inc. , City , State , United States",
     [("Fall Protection: Workplace Safety", "fall-protection")]),
])
def test_trades_family_members_in_real_resume_lines(line, expected):
    assert found(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("Series 7-General Securities Registered Representative 2016",
     [("Series 7-General Securities Registered Representative", "series-7")]),
    ("Life, Accident and Health License Certified Personal Trainer (CPT) Excel Spread Sheets",
     [("Life, Accident and Health License", "life-health"), ("Certified Personal Trainer (CPT)", "personal-trainer")]),
    ("Credentials & Training: Notary Public ~ Texas Real Estate Salesperson License ~ ACE Yellow Belt Training ~ CPR "
     "Certified", [("Notary Public", "notary"), ("Real Estate Salesperson License", "real-estate-salesperson"),
                   ("Yellow Belt", "ssyb"), ("CPR Certified", "cpr")]),
    ("Texas Property/Casualty and Life/Health Insurance Licenses",
     [("Property/Casualty", "pc-license"), ("Life/Health Insurance Licenses", "life-health")]),
    ("Psychology Certificate in SHRM Essentials of Human Resource Management, 6/2013",
     [("SHRM Essentials of Human Resource Management", "shrm-essentials")]),
])
def test_finance_insurance_and_hr_family_members_in_real_resume_lines(line, expected):
    assert found(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("TIPS certified", [("TIPS certified", "tips")]),
    ("Principal Certification/Mid Management", [("Principal Certification", "school-admin")]),
    ("English (IELTS-4.5), Hindi, Malayalam, Tamil.", [("IELTS", "ielts")]),
    ("HACCP and GMP Certification", [("HACCP", "haccp"), ("GMP Certification", "gmp")]),
    ("Fire Officer I, II, III; Fire Instructor I, II, III; Fire Inspector I, II; Fire Investigator I; Fire Fighter I, II, "
     "III; Airport Firefighter;; Emergency Vehicle", [("Fire Officer I", "firefighter"), ("Fire Instructor I", "firefighter"),
                                                      ("Fire Inspector I", "firefighter"),
                                                      ("Fire Investigator I", "firefighter"),
                                                      ("Fire Fighter I", "firefighter")]),
])
def test_education_language_food_and_public_safety_members_in_real_resume_lines(line, expected):
    assert found(line) == expected


@pytest.mark.parametrize("line, expected", [
    ("Silver National Career Readiness Certificate", [("National Career Readiness Certificate", "workkeys")]),
    ("ITIL Certifications: by New Horizons Consulting ITIL v3 Foundation ITIL v3 Practitioner Pega Certified Project "
     "Management Project Manager", [("ITIL v3 Foundation", "itil-foundation"), ("ITIL v3 Practitioner", "itil-intermediate"),
                                   ("Pega Certified", "pega")]),
    ("Basic Plus Safety - July 2016", [("Basic Plus Safety", "osha-cert")]),
])
def test_other_family_members_in_real_resume_lines(line, expected):
    assert found(line) == expected


# --- look-alikes: short spellings that are something else in the real résumés ---------------------------------

@pytest.mark.parametrize("line", [
    # livecareer lines: a website platform, a bank's stress test, a railway, a remediation project
    "Website Platforms: OCP (Site Manager), ATG (Oracle), Endeca",
    "associated costs Evaluated CCAR vendor models and developed proprietary probability of default models",
    "CSX Corporation, together with its subsidiaries based in Jacksonville, Fla., is one of the nation's leading "
    "transportation suppliers.",
    "Assist with the VCP/Remediation project to mitigate 1.7M in potential liabilities.",
    # PRINCE2 and ITIL alone in a list of skills are methods followed, not certificates held
    "PRINCE2, processes, progress, project management, proposals, quality control, recording, recruitment",
    "environments healthy using RaaS, but primarily ongoing KHI and CQM analysis and SCOM alert tuning",
    # software, the people someone supervised or recruited: no credential of the candidate's
    "Daily use of HHA Exchange, Santrax, Crescent programs.",
    "Supervise other L.P.N.'s, nurses' aides or assistants.",
    "Recruited, screened and managed over 175 healthcare professionals with roles such as RN, LPN, LSW, LISW, STNA and CNA.",
    # a regulator named, a safety plan, a database server: no credential
    "Performed basic FCC Proof of Performance tests, including test point and 24 tests as well as responded to and repaired service",
    "Fall Protection Plan (FPP)",
    "Database Technologies SQL Server, Sybase ASE Server, Oracle, MongoDB",
    # a trade association, an insurance line of business
    "Technical support to Marketing, Legal, Manufacturing, and Business Development Liaising with FDA, CHPA, CTFA, ADA, "
    "and other agencies",
    "Developed, evaluated and managed the endorsed property/casualty insurance programs for member hospitals",
    # praxis as practice, TOEFL as a class taught, FMS as software, ATC as air traffic control
    "Development and Professionalism\" combining both theory and extensive praxis Received institutional recognition",
    "Taught beginner English grammar and literature, World History and TOEFL Prep to international students",
    "Assisted with training & roll out of FMS 4.0",
    "Familiar with airspace and pattern work, as well as interacting with ATC.",
    # an Army rank, a research centre, an aircraft inspection, a Citrix course code, a colleague's job, a duty
    "*SPC4 -B Co. 192nd Support Battalion (76P10) - Logistics experience 1989-1992",
    "Performed grant accountant duties for a portfolio of grants funded program at Center of Advanced Study of Languages "
    "(CASL) and at",
    "maintenance and repair (Aircraft Availability Inspection (AAI) in support of organizational and intermediate "
    "maintenance on aircraft types",
    "CXA- 206-1 | Citrix XenApp 6.5 Basic Administration; IT Security Essentials; Spiceworks 101",
    "Identified abnormal test results and referred them to the Clinical Laboratory Scientist for further review.",
    "Helped US team by performing tests on Pega Vs. Business Objects and Eagle during the Platform Migration",
    "Successfully raised $6.4 million in CRA via equity capital (SPA) stock purchase agreement - July 2014.",
    "Provide students with information and resources regarding nutrition, weight control, and lifestyle issues "
    "Administer emergency first aid, wrap",
    "Manage team to plan approach and implement best practices for selling Life, Accident & Health, Involuntary "
    "Unemployment insurance and",
])
def test_look_alikes_in_real_resume_lines_are_not_credentials(line):
    assert found(line) == []


@pytest.mark.parametrize("text, expected", [
    ("Skills: Python (Basic), Java (Intermediate)", []),        # a skill level is no HackerRank certificate
    ("Certifications: VCP, CCNA", [("VCP", "vcp"), ("CCNA", "ccna")]),     # in a list of credentials it is one
    ("VCP certified", [("VCP", "vcp")]),
    ("Oracle Certified Associate (OCA)", [("Oracle Certified Associate (OCA)", "oca-db")]),
    ("Certifications: PMP, PRINCE2", [("PMP", "pmp"), ("PRINCE2", "prince2-foundation")]),
    ("PRINCE2 certified project manager", [("PRINCE2 certified", "prince2-foundation")]),
])
def test_a_guarded_spelling_counts_where_the_text_is_about_credentials(text, expected):
    assert found(text) == expected


# Words that name something else in the real résumés far more often than a credential: in every livecareer and
# Kaggle line that holds one, the finder reads no credential from it.
LOOK_ALIKES = {"CSX": None, "CCAR": None}


@pytest.mark.realdata
@pytest.mark.parametrize("word", sorted(LOOK_ALIKES))
def test_a_look_alike_word_names_no_credential_anywhere_in_the_real_resumes(word):
    shared("real-text", sources.LIVECAREER)
    rx = regex.compile(rf"(?<![\p{{L}}\p{{N}}]){regex.escape(word)}(?![\p{{L}}\p{{N}}])")
    lines = [line for source in sources.QUOTABLE for text in sources.records(source).values()
             for line in text.split("\n") if rx.search(line)]
    assert lines, f"{word!r} is in no real line: this test would test nothing"
    named = [(line, q) for line in lines for q, _ in found(line) if rx.search(q)]
    assert named == []
