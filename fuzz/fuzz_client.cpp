// Fuzz target: the desk client's reading of server answers — the JSON body parsed as the HTTP
// worker parses it, ApiReply's problem+json helpers, and every function that turns API JSON
// into the client's structs: tickets and their SLA and links (queue pages, the change feed),
// timeline entries, attachments, organizations, canned responses, the staff board,
// assignment plans, staff users, presence; patients (search matches, records); duplicates and
// merges; IIS accounts, agreements, facilities, organizations, renewal items; the
// verification policy, attempts and released records — plus what the views derive from them
// (match explanations, the result model, the release HTML, renewal reminder rows).
//
// Input: byte 0 picks the HTTP status (or a network failure); the rest is the response body.
// Every parser reads the root object and each object of each top-level array (a list page's
// items, the feed's changes, …), and each of those objects' object members.
//
// Besides sanitizer reports: a ticket that parses writes the same JSON through JsonWriter
// (the hot list path) as through toJson(); the result model answers every cell.

#include "fuzzenv.h"
#include "fuzzinput.h"

#include "accountrecords.h"
#include "accountscontroller.h"
#include "apireply.h"
#include "duplicaterecords.h"
#include "jsonwriter.h"
#include "patientrecord.h"
#include "patientresultmodel.h"
#include "presencechange.h"
#include "queuetypes.h"
#include "recordrenderer.h"
#include "staffuser.h"
#include "ticket.h"
#include "verificationcontroller.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <cstdio>
#include <cstdlib>

namespace {

using namespace izdesk;
using izdesk::fuzz::FuzzInput;

[[noreturn]] void fail(const char *what)
{
    fprintf(stderr, "fuzz_client: %s\n", what);
    std::abort();
}

// The hot list path must produce the same JSON value as the QJsonObject codec.
void checkTicket(const Ticket &ticket)
{
    QByteArray written;
    JsonWriter writer(written);
    ticket.writeJson(writer);
    QJsonParseError error;
    const QJsonDocument fromWriter = QJsonDocument::fromJson(written, &error);
    if (error.error != QJsonParseError::NoError)
        fail("JsonWriter wrote a ticket that is not JSON");
    const QJsonDocument fromCodec = QJsonDocument::fromJson(QJsonDocument(ticket.toJson()).toJson(QJsonDocument::Compact));
    if (fromWriter != fromCodec)
        fail("JsonWriter and toJson() disagree on a ticket");
    ticket.etag();
    ticket.displayNumber();
    ticket.sla.nextDue();
}

void queueTypes(const QJsonObject &o)
{
    QString error;
    if (const auto ticket = Ticket::fromJson(o, &error))
        checkTicket(*ticket);
    TicketSla::fromJson(o);
    TicketLink::fromJson(o);
    TimelineEntry::fromJson(o);
    AttachmentInfo::fromJson(o);
    OrganizationInfo::fromJson(o);
    const CannedResponse canned = CannedResponse::fromJson(o);
    canned.toJson();
    canned.etag();
    StaffBoardEntry::fromJson(o);
    AssignmentPlan::fromJson(o).toApplyBody();
    StaffUser::fromJson(o).toJson();
    PresenceChange::fromJson(o);
}

void patients(const QJsonObject &o, QList<PatientMatch> *matches)
{
    const PatientMatch match = PatientMatch::fromJson(o);
    match.displayName();
    PatientResultModel::explanationText(match);
    PatientResultModel::gradeLabel(match.grade);
    for (const QString &badge : match.badges)
        PatientResultModel::badgeLabel(badge);
    for (const QString &veto : match.vetoes)
        PatientResultModel::vetoLabel(veto);
    matches->append(match);
    PatientIdentifier::fromJson(o);
    PatientImmunization::fromJson(o);
    PatientImmunization::listFromJson(o.value(QStringLiteral("immunizations")).toArray());
    PatientRecord::fromJson(o);
}

void duplicates(const QJsonObject &o)
{
    DuplicatePair::fromJson(o);
    DuplicateCluster::fromJson(o);
    HiddenEvent::listFromJson(o.value(QStringLiteral("hidden_events")).toArray());
    MergePreview::fromJson(o);
    MergeRecord::fromJson(o);
}

void accounts(const QJsonObject &o, QList<RenewalItem> *renewals)
{
    AccountAgreement::fromJson(o);
    IisAccount::fromJson(o);
    AccountFacility::fromJson(o);
    AccountOrganization::fromJson(o);
    renewals->append(RenewalItem::fromJson(o));
}

void verification(const QJsonObject &o)
{
    const VerificationPolicyInfo policy = VerificationPolicyInfo::fromJson(o);
    for (const auto &type : policy.callerTypes) {
        policy.callerType(type.id);
        for (const QString &factor : type.allOf + type.oneOf)
            policy.factor(factor);
    }
    const VerificationAttempt attempt = VerificationAttempt::fromJson(o);
    attempt.isValidAt(izdesk::fuzz::fixedNow());
    RecordRenderer::toHtml(ReleasedRecord::fromJson(o));
}

void everyParser(const QJsonObject &o, QList<PatientMatch> *matches, QList<RenewalItem> *renewals)
{
    queueTypes(o);
    patients(o, matches);
    duplicates(o);
    accounts(o, renewals);
    verification(o);
}

void checkResultModel(const QList<PatientMatch> &matches)
{
    PatientResultModel model;
    model.setMatches(matches);
    for (int row = 0; row < model.rowCount(); ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QModelIndex index = model.index(row, column);
            for (const int role : {int(Qt::DisplayRole), int(Qt::ToolTipRole), int(Qt::TextAlignmentRole),
                                   int(PatientResultModel::PatientIdRole), int(PatientResultModel::ExplanationRole),
                                   int(PatientResultModel::GradeRole), int(PatientResultModel::BadgesRole),
                                   int(PatientResultModel::VetoesRole)})
                model.data(index, role);
        }
    }
}

void apiReply(int status, const QByteArray &body)
{
    ApiReply reply;
    reply.http.httpStatus = status;
    if (status == 0)
        reply.http.error = NetworkError::Connect;
    reply.http.url = QUrl(QStringLiteral("https://iis-helpdesk.example.gov/api/v1/tickets"));
    reply.http.rawBody = body;
    // As HttpWorker does: the body is parsed whatever the status says.
    QJsonParseError parseError;
    if (!body.isEmpty())
        reply.http.body = QJsonDocument::fromJson(body, &parseError);
    reply.problemType();
    reply.fieldErrors();
    if (!reply.ok() && reply.errorMessage().isEmpty())
        fail("a failed reply without a message");

    const QJsonObject root = reply.object();
    QList<PatientMatch> matches;
    QList<RenewalItem> renewals;
    everyParser(root, &matches, &renewals);
    for (auto it = root.begin(); it != root.end(); ++it) {
        if (it.value().isObject())
            everyParser(it.value().toObject(), &matches, &renewals);
        for (const QJsonValue &v : it.value().toArray()) {
            if (v.isObject())
                everyParser(v.toObject(), &matches, &renewals);
        }
    }
    checkResultModel(matches);
    AccountsController::renewalRows(renewals, {{QStringLiteral("IZ0001"), QStringLiteral("Northside Clinic")}});
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    izdesk::fuzz::initEnvironment();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    LLVMFuzzerInitialize(nullptr, nullptr);
    static const int kStatuses[] = {200, 201, 204, 400, 401, 403, 404, 409, 412, 413, 415, 422, 429, 500, 503, 0};
    FuzzInput in(data, size);
    const int status = kStatuses[in.byte() % (sizeof(kStatuses) / sizeof(kStatuses[0]))];
    apiReply(status, in.rest());
    return 0;
}
