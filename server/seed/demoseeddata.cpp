#include "demoseeddata.h"

#include <iterator>

namespace izdesk::server {

namespace {

template<typename T, int N>
DemoSeedData::Table<T> table(const T (&rows)[N])
{
    return {rows, N};
}

// contracts.md, "Demo accounts".
const DemoSeedData::Staff kStaff[] = {
    {"specialist", "Sam Rivera", "specialist", "izdesk-specialist"},
    {"supervisor", "Dana Whitfield", "supervisor", "izdesk-supervisor"},
    {"trainer", "Tina Trainer", "trainer", "izdesk-trainer"},
    {"admin", "Alex Morgan", "admin", "izdesk-admin"},
    {"jchen", "Jordan Chen", "specialist", "izdesk-specialist"},
    {"mokafor", "Maya Okafor", "specialist", "izdesk-specialist"},
    {"lnguyen", "Linh Nguyen", "specialist", "izdesk-specialist"},
};

const DemoSeedData::Organization kOrganizations[] = {
    {"Maple Grove Pediatrics", "provider", "MGP", "Maple Grove", 3},
    {"Lakeside Family Medicine", "provider", "LFM", "Lakeside", 2},
    {"Cedar Ridge Pediatric Associates", "provider", "CRP", "Cedar Ridge", 4},
    {"Northfield Community Clinic", "provider", "NCC", "Northfield", 1},
    {"Sunrise Family Health Center", "provider", "SFH", "Eastport", 2},
    {"Prairie View Internal Medicine", "provider", "PVI", "Prairie View", 1},
    {"Willow Creek Pediatrics", "provider", "WCP", "Willow Creek", 2},
    {"Hometown Pharmacy", "pharmacy", "HTP", "Millbrook", 3},
    {"Bluebird Drug", "pharmacy", "BBD", "Granite Falls", 4},
    {"Corner Care Pharmacy", "pharmacy", "CCP", "Riverside", 1},
    {"St. Brigid Regional Medical Center", "hospital", "SBR", "Westbrook", 3},
    {"Valley General Hospital", "hospital", "VGH", "Pine Valley", 2},
    {"Riverbend Children's Hospital", "hospital", "RCH", "Riverbend", 2},
    {"Riverside County Health Department", "local_health_department", "RCD", "Riverside", 3},
    {"Granite County Public Health", "local_health_department", "GCP", "Granite Falls", 2},
    {"Pine Valley City Health Department", "local_health_department", "PVC", "Pine Valley", 1},
    {"Lincoln Elementary School", "school", "LES", "Northfield", 1},
    {"Jefferson Middle School", "school", "JMS", "Lakeside", 1},
    {"Oak Hills School District", "school", "OHS", "Oak Hills", 4},
    {"Westbrook High School", "school", "WHS", "Westbrook", 1},
    {"Little Acorns Child Care Center", "childcare", "LAC", "Maple Grove", 2},
    {"Bright Beginnings Early Learning", "childcare", "BBE", "Eastport", 3},
    {"Happy Trails Daycare", "childcare", "HTD", "Millbrook", 1},
    {"Evergreen Health Plan", "health_plan", "EHP", "Capital City", 1},
    {"Summit Community Care", "health_plan", "SCC", "Capital City", 1},
};

constexpr const char *kClinical = "provider,hospital,local_health_department,pharmacy";
constexpr const char *kPrescribers = "provider,hospital,local_health_department";

const DemoSeedData::CallTemplate kCalls[] = {
    {"account_access", "Clinic user locked out after password expiry",
     "Caller from {org} says the IIS login page reports the account is locked. The password was last changed more "
     "than 90 days ago. Username and facility code {code} verified; callback to the facility phone on file done.",
     kClinical},
    {"account_access", "Password reset request for new front desk user",
     "Front desk staff at {org} never received the temporary password e-mail. Checked the address on the account "
     "with the site's access administrator before resending.",
     kClinical},
    {"account_access", "Access administrator cannot see user management tab",
     "The access administrator for facility {code} cannot open user management after the role change last week. "
     "Needs the access administrator role re-applied.",
     kPrescribers},
    {"account_access", "School module login fails after district SSO change",
     "Nurse at {org} gets 'invalid credentials' since the district switched identity providers. Asked for the "
     "exact time of the last failed attempt to check the logs.",
     "school"},
    {"enrollment", "New facility enrollment: second clinic site opening",
     "{org} opens a new site next month and needs a facility code and VFC enrollment started. Sent the site "
     "enrollment form and the organization data use agreement.",
     kPrescribers},
    {"enrollment", "Request to add three new users for flu clinic",
     "{org} asks for three temporary data-entry accounts for the seasonal flu clinic at {code}. Confidentiality "
     "statements not yet received for two of them.",
     kClinical},
    {"enrollment", "Site access administrator change request",
     "The current access administrator at {org} is retiring. Signed change form for the replacement is attached "
     "to the e-mail; needs supervisor approval.",
     kClinical},
    {"records_request", "Parent requests child's immunization record for school",
     "Parent needs the official immunization record for kindergarten registration. Identity verification to be "
     "completed before anything is sent to the address on file.",
     nullptr},
    {"records_request", "Adult patient needs vaccination history for new job",
     "Caller starting a hospital job needs proof of MMR and hepatitis B. Record search by name and date of birth "
     "pending verification.",
     nullptr},
    {"records_request", "School nurse requests records for incoming kindergarteners",
     "{org} sends a list of incoming students and asks for compliance status. Pointed the nurse to the school "
     "module bulk query instead of individual requests.",
     "school,childcare"},
    {"records_request", "Provider requests certificate of immunization for transfer patient",
     "{org} needs the certificate for a new patient transferring from out of state; history may be split "
     "across two records.",
     kPrescribers},
    {"duplicate_record", "Possible duplicate record for twins",
     "{org} reports two records with the same date of birth, last name and address but different first names. "
     "Could be twins rather than a duplicate; needs review before any merge.",
     kPrescribers},
    {"duplicate_record", "Same child appears twice after name change",
     "Child's last name changed after adoption and a second record was created by the birth file. Doses are split "
     "between the two records at {code}.",
     "provider,hospital"},
    {"duplicate_record", "Newborn record created as BABY BOY not merged",
     "Nursery at {org} entered a hepatitis B birth dose under a placeholder name. The named record arrived later "
     "from the birth file and was not linked.",
     "hospital"},
    {"data_correction", "Wrong date of birth on patient record",
     "Date of birth has day and month swapped on the registry record. Caller has the birth certificate; needs "
     "verification before correcting.",
     nullptr},
    {"data_correction", "Dose recorded under wrong lot number",
     "{org} entered a flu dose with the lot number of a different product. Inventory at {code} is now off by one.",
     "provider,pharmacy"},
    {"data_correction", "Historical dose entered as administered",
     "A dose from an out-of-state record was entered as administered by {org}, which also decremented inventory.",
     kPrescribers},
    {"data_exchange", "HL7 VXU rejected: MSH-21 missing Z22",
     "Messages from {org} are rejected because MSH-21 does not carry Z22^CDCPHINVS. Sent the local implementation "
     "guide section on the message profile.",
     kClinical},
    {"data_exchange", "EHR onboarding: test messages ready for review",
     "{org} finished transport testing and sent 20 test VXU messages for facility {code}. Message review to "
     "start; about 20 business days.",
     kClinical},
    {"data_exchange", "ACK errors for missing RXA-11 facility code",
     "Acknowledgements to {org} show warnings for RXA-11 without the reporting facility. Doses load but cannot "
     "be attributed to {code}.",
     kClinical},
    {"data_exchange", "VFC eligibility missing from OBX segments",
     "Administered doses from {org} arrive without OBX 64994-7. The VFC program needs dose-level eligibility.",
     kPrescribers},
    {"vaccine_ordering", "Flu vaccine order stuck in pending approval",
     "{org} placed a seasonal flu order ten days ago that still shows pending. Checked the reconciliation date "
     "for {code}.",
     kPrescribers},
    {"vaccine_ordering", "Inventory not decrementing after dose entry",
     "Doses entered at {code} do not reduce inventory. The lots were received but not accepted into inventory.",
     kClinical},
    {"vaccine_ordering", "Temperature excursion: doses to quarantine",
     "{org} reports the refrigerator at {code} was out of range overnight. Needs help marking the affected lots "
     "as quarantined.",
     kPrescribers},
    {"vaccine_codes", "New CVX code missing from vaccine picklist",
     "{org} cannot find the new vaccine in the picklist. The CDC code set update is in review for training.",
     kClinical},
    {"vaccine_codes", "NDC not recognized for new RSV product",
     "Scanned NDC from the carton is not found at {code}. Likely the unit-of-sale NDC instead of unit-of-use.",
     "provider,pharmacy,hospital"},
    {"vaccine_codes", "CPT to CVX mapping question for combination vaccine",
     "Billing staff at {org} ask which CVX the registry stores for a combination vaccine billed with one CPT.",
     kPrescribers},
    {"forecaster", "Forecaster shows MMR dose 2 overdue after catch-up",
     "{org} says the forecast still shows MMR dose 2 overdue although it was given last month. Suspect the dose "
     "was recorded on a duplicate record.",
     kPrescribers},
    {"forecaster", "Parent asks which vaccines are due before travel",
     "Parent wants to know which vaccines the child needs before international travel. Referred clinical advice "
     "to the provider after verification.",
     nullptr},
    {"forecaster", "Hep B series forecast ignores birth dose",
     "Forecast at {code} recommends a 3-dose hepatitis B series starting now despite a recorded birth dose.",
     "provider,hospital"},
    {"reminder_recall", "Reminder letters sent to family that moved out of state",
     "Caller received reminder postcards for children who moved away two years ago. Wants the address updated "
     "or reminders stopped.",
     nullptr},
    {"reminder_recall", "How to run a recall list for HPV dose 2",
     "{org} wants to recall adolescents who are due for HPV dose 2. Walked through the reminder/recall report "
     "filters.",
     "provider,local_health_department"},
    {"school_module", "School module user cannot print compliance report",
     "{org} gets a blank page when printing the compliance report for grade 7.",
     "school"},
    {"school_module", "Kindergarten compliance counts look wrong",
     "Counts at {org} include students who transferred out. Roster upload from last week may have duplicated "
     "students.",
     "school"},
    {"school_module", "Childcare center needs access to school module",
     "{org} asks for school module access to check enrolled children's immunization status. Needs the childcare "
     "user agreement first.",
     "childcare"},
    {"consent", "Parent requests opt-out of registry sharing",
     "Parent asks that the child's record not be shared with other providers. Explained the data-sharing "
     "objection form and what it does and does not do.",
     nullptr},
    {"consent", "Adult wants to opt back in after earlier opt-out",
     "Caller opted out years ago and now wants the record visible to the new clinic. Needs the signed opt-in form.",
     nullptr},
    {"consent", "Provider asks how to record a data-sharing objection",
     "{org} received a signed objection form from a family and asks how to record it in the IIS.",
     kPrescribers},
    {"reports", "Coverage report for 2-year-olds times out",
     "{org} runs the childhood coverage report and it times out after several minutes.",
     "provider,local_health_department,health_plan"},
    {"reports", "Health plan requests HEDIS data extract schedule",
     "{org} asks when the quarterly extract for HEDIS measures will be delivered and whether the file layout "
     "changes this year.",
     "health_plan"},
    {"reports", "Doses administered report missing pharmacy doses",
     "{org} says doses given at {code} last week are missing from the doses administered report.",
     "pharmacy"},
    {"other", "Question about IIS maintenance window",
     "{org} asks whether the registry will be down during the planned maintenance this weekend.",
     kClinical},
    {"other", "Caller asks for VFC program contact",
     "Caller needs the VFC program coordinator's contact for a question outside the help desk's scope.",
     nullptr},
    {"other", "Fax received without cover sheet",
     "A fax with immunization records arrived without a cover sheet or callback number. Holding it securely "
     "until the sender is identified.",
     nullptr},
};

const char *const kFirstNames[] = {
    "Avery", "Jordan", "Riley", "Morgan", "Casey", "Taylor", "Jamie", "Quinn", "Reese", "Rowan",
    "Elena", "Marcus", "Priya", "Tomas", "Grace", "Darnell", "Mei", "Omar", "Hannah", "Luis",
};

const char *const kLastNames[] = {
    "Whitaker", "Delgado", "Ashford", "Brennan", "Castellano", "Hollis", "Kowalczyk", "Lindqvist", "Marlowe",
    "Okonkwo", "Pemberton", "Quintero", "Rasmussen", "Sandoval", "Thornbury", "Vance", "Wexley", "Yarborough",
    "Zielinski", "Ferreira",
};

const char *const kSiteNames[] = {"Main Campus", "Northside Clinic", "Downtown Office", "East Satellite"};

const char *const kStreets[] = {"Main St", "Oak Ave", "Elm St", "Lake Rd", "Cedar Ln", "Hillcrest Dr",
                                "Market St", "River Rd"};

const char *const kAreaCodes[] = {"612", "651", "763", "952", "218", "507"};

} // namespace

DemoSeedData::Table<DemoSeedData::Staff> DemoSeedData::staff() { return table(kStaff); }
DemoSeedData::Table<DemoSeedData::Organization> DemoSeedData::organizations() { return table(kOrganizations); }
DemoSeedData::Table<DemoSeedData::CallTemplate> DemoSeedData::calls() { return table(kCalls); }
DemoSeedData::Table<const char *> DemoSeedData::firstNames() { return table<const char *>(kFirstNames); }
DemoSeedData::Table<const char *> DemoSeedData::lastNames() { return table<const char *>(kLastNames); }
DemoSeedData::Table<const char *> DemoSeedData::siteNames() { return table<const char *>(kSiteNames); }
DemoSeedData::Table<const char *> DemoSeedData::streets() { return table<const char *>(kStreets); }
DemoSeedData::Table<const char *> DemoSeedData::areaCodes() { return table<const char *>(kAreaCodes); }

} // namespace izdesk::server
