#include "onboarding/letterstore.h"

#include "storage/sqlutil.h"

#include <QFile>
#include <QJsonDocument>
#include <QSqlQuery>

namespace izdesk::server {

namespace {

QString transportWords(const QString &transport)
{
    static const QHash<QString, QString> words{
        {QStringLiteral("soap"), QStringLiteral("SOAP web services")},
        {QStringLiteral("sftp"), QStringLiteral("secure file transfer (SFTP)")},
        {QStringLiteral("mllp"), QStringLiteral("a direct MLLP connection")},
        {QStringLiteral("flat_file"), QStringLiteral("flat file upload")},
        {QStringLiteral("web_entry"), QStringLiteral("direct entry in the IIS")}};
    return words.value(transport, transport);
}

// The person the letter is addressed to: the technical contact, else the clinical champion,
// else the access administrator.
QString contactName(const Project &p)
{
    for (const QString &role : OnboardingValues::contactRoles()) {
        const QString name = p.contacts.value(role).toObject().value(QStringLiteral("name")).toString().trimmed();
        if (!name.isEmpty() && role != QLatin1String("access_administrator"))
            return name;
    }
    const QString admin
        = p.contacts.value(QStringLiteral("access_administrator")).toObject().value(QStringLiteral("name")).toString();
    return admin.trimmed().isEmpty() ? QStringLiteral("Immunization Coordinator") : admin.trimmed();
}

} // namespace

const QStringList &LetterStore::kinds()
{
    static const QStringList values{QStringLiteral("invitation"), QStringLiteral("ongoing_submission")};
    return values;
}

QJsonObject LetterStore::fill(const QString &kind, const Project &p, const QDate &date)
{
    QFile file(QStringLiteral(":/izdesk/letters/%1.json").arg(kind));
    if (!kinds().contains(kind) || !file.open(QIODevice::ReadOnly))
        return {};
    const QJsonObject tpl = QJsonDocument::fromJson(file.readAll()).object();
    QStringList codes;
    for (const ProjectSite &s : p.sites)
        codes << QStringLiteral("%1 (%2)").arg(s.facilityCode, s.name);
    const QString contact = contactName(p);
    const QList<std::pair<QString, QString>> values{
        {QStringLiteral("{organization}"), p.organization.name},
        {QStringLiteral("{contact}"), contact},
        {QStringLiteral("{date}"), date.toString(QStringLiteral("MMMM d, yyyy"))},
        {QStringLiteral("{facility_codes}"),
         codes.isEmpty() ? QStringLiteral("all sites of the organization") : codes.join(QStringLiteral(", "))},
        {QStringLiteral("{go_live_on}"), p.goLiveOn.isValid() ? p.goLiveOn.toString(QStringLiteral("MMMM d, yyyy"))
                                                              : QStringLiteral("the go-live date")},
        {QStringLiteral("{transport}"), transportWords(p.transport)},
        {QStringLiteral("{reporting_method}"), QString(p.reportingMethod).replace(QLatin1Char('_'), QLatin1Char(' '))}};
    const auto fillText = [&values](QString text) {
        for (const auto &v : values)
            text.replace(v.first, v.second);
        return text;
    };
    QJsonArray paragraphs;
    for (const QJsonValue &paragraph : tpl.value(QStringLiteral("paragraphs")).toArray())
        paragraphs.append(fillText(paragraph.toString()));
    if (paragraphs.isEmpty())
        return {};
    return QJsonObject{{QStringLiteral("title"), fillText(tpl.value(QStringLiteral("title")).toString())},
                       {QStringLiteral("date"), date.toString(Qt::ISODate)},
                       {QStringLiteral("recipient"), QJsonObject{{QStringLiteral("organization"), p.organization.name},
                                                                 {QStringLiteral("contact"), contact}}},
                       {QStringLiteral("paragraphs"), paragraphs},
                       {QStringLiteral("signature"), fillText(tpl.value(QStringLiteral("signature")).toString())}};
}

LetterStore::LetterStore(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

QJsonObject LetterStore::insert(qint64 projectId, const QString &kind, const QJsonObject &content, qint64 staffId,
                                const QString &username, const QDateTime &now)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO onboarding_letters (project_id, kind, content, issued_by_id, issued_at) "
                             "VALUES (?, ?, ?, ?, ?) RETURNING id"));
    q.addBindValue(projectId);
    q.addBindValue(kind);
    q.addBindValue(QString::fromUtf8(QJsonDocument(content).toJson(QJsonDocument::Compact)));
    q.addBindValue(staffId);
    q.addBindValue(toDbTimestamp(now, m_dialect));
    if (!execQuery(q) || !q.next())
        return {};
    return QJsonObject{{QStringLiteral("id"), q.value(0).toLongLong()},
                       {QStringLiteral("kind"), kind},
                       {QStringLiteral("issued_at"), OnboardingValues::timeJson(now)},
                       {QStringLiteral("issued_by"), username},
                       {QStringLiteral("content"), content}};
}

bool LetterStore::list(qint64 projectId, QJsonArray *out)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT l.id, l.kind, l.content, l.issued_at, s.username FROM onboarding_letters l "
                             "LEFT JOIN staff_users s ON s.id = l.issued_by_id WHERE l.project_id = ? ORDER BY l.id"));
    q.addBindValue(projectId);
    if (!execQuery(q))
        return false;
    while (q.next())
        out->append(
            QJsonObject{{QStringLiteral("id"), q.value(0).toLongLong()},
                        {QStringLiteral("kind"), q.value(1).toString()},
                        {QStringLiteral("issued_at"), OnboardingValues::timeJson(fromDbTimestamp(q.value(3)))},
                        {QStringLiteral("issued_by"), q.value(4).toString()},
                        {QStringLiteral("content"), QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object()}});
    return true;
}

} // namespace izdesk::server
