#include "accounts/agreementstore.h"

#include "storage/sqlutil.h"

#include <QCryptographicHash>
#include <QSqlQuery>

namespace izdesk::server {

namespace {

QVariant dateValue(const QDate &d)
{
    return d.isValid() ? QVariant(d.toString(Qt::ISODate)) : QVariant(QMetaType::fromType<QString>());
}

QJsonValue dateJson(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue();
}

const QString kColumns = QStringLiteral(
    "a.id, a.kind, a.iis_user_id, a.organization_id, a.version, a.signer_name, a.signed_on, a.expires_on, "
    "a.ended_on, a.retention_until, a.document_type, a.document_size, a.document_sha256, s.username, a.created_at");

AgreementStore::Agreement readRow(const QSqlQuery &q)
{
    AgreementStore::Agreement a;
    a.id = q.value(0).toLongLong();
    a.kind = q.value(1).toString();
    if (!q.value(2).isNull())
        a.iisUserId = q.value(2).toLongLong();
    if (!q.value(3).isNull())
        a.organizationId = q.value(3).toLongLong();
    a.version = q.value(4).toString();
    a.signerName = q.value(5).toString();
    a.signedOn = QDate::fromString(q.value(6).toString(), Qt::ISODate);
    a.expiresOn = QDate::fromString(q.value(7).toString(), Qt::ISODate);
    a.endedOn = QDate::fromString(q.value(8).toString(), Qt::ISODate);
    a.retentionUntil = QDate::fromString(q.value(9).toString(), Qt::ISODate);
    a.documentType = q.value(10).toString();
    a.documentSize = q.value(11).toLongLong();
    a.documentSha256 = q.value(12).toString();
    a.recordedBy = q.value(13).toString();
    a.createdAt = fromDbTimestamp(q.value(14));
    return a;
}

} // namespace

const QStringList &AgreementStore::userKinds()
{
    static const QStringList kinds{QStringLiteral("confidentiality"), QStringLiteral("user_access")};
    return kinds;
}

QString AgreementStore::Agreement::status(const QDate &today, int expiringDays) const
{
    if (endedOn.isValid() && endedOn <= today)
        return QStringLiteral("ended");
    if (today > expiresOn)
        return QStringLiteral("expired");
    if (today.daysTo(expiresOn) <= expiringDays)
        return QStringLiteral("expiring");
    return QStringLiteral("current");
}

QJsonObject AgreementStore::Agreement::toJson(const QDate &today, int expiringDays) const
{
    QJsonObject o;
    o.insert(QStringLiteral("id"), id);
    o.insert(QStringLiteral("kind"), kind);
    o.insert(QStringLiteral("iis_user_id"), iisUserId ? QJsonValue(*iisUserId) : QJsonValue());
    o.insert(QStringLiteral("organization_id"), organizationId ? QJsonValue(*organizationId) : QJsonValue());
    o.insert(QStringLiteral("version"), version);
    o.insert(QStringLiteral("signer_name"), signerName);
    o.insert(QStringLiteral("signed_on"), dateJson(signedOn));
    o.insert(QStringLiteral("expires_on"), dateJson(expiresOn));
    o.insert(QStringLiteral("ended_on"), dateJson(endedOn));
    o.insert(QStringLiteral("retention_until"), dateJson(retentionUntil));
    o.insert(QStringLiteral("status"), status(today, expiringDays));
    o.insert(QStringLiteral("days_left"), today.daysTo(expiresOn));
    if (documentType.isEmpty()) {
        o.insert(QStringLiteral("document"), QJsonValue());
    } else {
        o.insert(QStringLiteral("document"), QJsonObject{{QStringLiteral("content_type"), documentType},
                                                         {QStringLiteral("size"), documentSize},
                                                         {QStringLiteral("sha256"), documentSha256}});
    }
    o.insert(QStringLiteral("recorded_by"), recordedBy);
    o.insert(QStringLiteral("created_at"), createdAt.toUTC().toString(Qt::ISODateWithMs));
    return o;
}

AgreementStore::AgreementStore(QSqlDatabase db, Dialect dialect, const AccountsPolicy &policy)
    : m_db(std::move(db))
    , m_dialect(dialect)
    , m_policy(policy)
{
}

bool AgreementStore::insert(Agreement *a, std::optional<qint64> recordedById, const QDateTime &now)
{
    const QString holder = a->iisUserId ? QStringLiteral("iis_user_id") : QStringLiteral("organization_id");
    const qint64 holderId = a->iisUserId ? *a->iisUserId : a->organizationId.value_or(0);
    // The new agreement supersedes the previous one of the same kind: it ends on the new
    // signing date (or its own expiry, if earlier), and its retention clock starts then.
    QSqlQuery prev(m_db);
    prev.prepare(QStringLiteral("SELECT id, expires_on FROM agreements WHERE ") + holder
                 + QStringLiteral(" = ? AND kind = ? AND ended_on IS NULL"));
    prev.addBindValue(holderId);
    prev.addBindValue(a->kind);
    if (!execQuery(prev))
        return false;
    QList<QPair<qint64, QDate>> open;
    while (prev.next())
        open.append({prev.value(0).toLongLong(), QDate::fromString(prev.value(1).toString(), Qt::ISODate)});
    for (const auto &p : std::as_const(open)) {
        const QDate ended = std::min(p.second, a->signedOn);
        QSqlQuery u(m_db);
        u.prepare(QStringLiteral("UPDATE agreements SET ended_on = ?, retention_until = ? WHERE id = ?"));
        u.addBindValue(dateValue(ended));
        u.addBindValue(dateValue(ended.addYears(m_policy.retentionYears)));
        u.addBindValue(p.first);
        if (!execQuery(u))
            return false;
    }
    a->retentionUntil = a->expiresOn.addYears(m_policy.retentionYears);
    a->createdAt = now;
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("INSERT INTO agreements (kind, iis_user_id, organization_id, version, signer_name, signed_on, "
                             "expires_on, retention_until, recorded_by_id, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    q.addBindValue(a->kind);
    q.addBindValue(a->iisUserId ? QVariant(*a->iisUserId) : QVariant(QMetaType::fromType<qlonglong>()));
    q.addBindValue(a->organizationId ? QVariant(*a->organizationId) : QVariant(QMetaType::fromType<qlonglong>()));
    q.addBindValue(a->version);
    q.addBindValue(a->signerName);
    q.addBindValue(dateValue(a->signedOn));
    q.addBindValue(dateValue(a->expiresOn));
    q.addBindValue(dateValue(a->retentionUntil));
    q.addBindValue(recordedById ? QVariant(*recordedById) : QVariant(QMetaType::fromType<qlonglong>()));
    q.addBindValue(toDbTimestamp(now, m_dialect));
    if (!execQuery(q))
        return false;
    QSqlQuery id(m_db);
    id.prepare(QStringLiteral("SELECT MAX(id) FROM agreements WHERE ") + holder + QStringLiteral(" = ?"));
    id.addBindValue(holderId);
    if (!execQuery(id) || !id.next())
        return false;
    a->id = id.value(0).toLongLong();
    return true;
}

std::optional<AgreementStore::Agreement> AgreementStore::find(qint64 id, bool *ok)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + QStringLiteral(" FROM agreements a LEFT JOIN staff_users s ON s.id = a.recorded_by_id WHERE a.id = ?"));
    q.addBindValue(id);
    *ok = execQuery(q);
    if (!*ok || !q.next())
        return std::nullopt;
    return readRow(q);
}

bool AgreementStore::listFor(const QString &holderColumn, qint64 holderId, QList<Agreement> *out)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + QStringLiteral(" FROM agreements a LEFT JOIN staff_users s ON s.id = a.recorded_by_id WHERE a.")
              + holderColumn + QStringLiteral(" = ? ORDER BY a.signed_on DESC, a.id DESC LIMIT 500"));
    q.addBindValue(holderId);
    if (!execQuery(q))
        return false;
    while (q.next())
        out->append(readRow(q));
    return true;
}

bool AgreementStore::setDocument(qint64 id, const QString &contentType, const QByteArray &data)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("UPDATE agreements SET document_type = ?, document = ?, document_size = ?, document_sha256 = ? "
                             "WHERE id = ?"));
    q.addBindValue(contentType);
    q.addBindValue(data);
    q.addBindValue(qint64(data.size()));
    q.addBindValue(QString::fromLatin1(QCryptographicHash::hash(data, QCryptographicHash::Sha256).toHex()));
    q.addBindValue(id);
    return execQuery(q);
}

bool AgreementStore::document(qint64 id, QString *contentType, QByteArray *data, bool *found)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT document_type, document FROM agreements WHERE id = ? AND document IS NOT NULL"));
    q.addBindValue(id);
    if (!execQuery(q))
        return false;
    *found = q.next();
    if (*found) {
        *contentType = q.value(0).toString();
        *data = q.value(1).toByteArray();
    }
    return true;
}

bool AgreementStore::latestRequired(qint64 userId, QList<Agreement> *out)
{
    for (const QString &kind : m_policy.requiredUserAgreements) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT ") + kColumns
                  + QStringLiteral(" FROM agreements a LEFT JOIN staff_users s ON s.id = a.recorded_by_id "
                                   "WHERE a.iis_user_id = ? AND a.kind = ? AND a.ended_on IS NULL "
                                   "ORDER BY a.signed_on DESC, a.id DESC LIMIT 1"));
        q.addBindValue(userId);
        q.addBindValue(kind);
        if (!execQuery(q))
            return false;
        if (q.next())
            out->append(readRow(q));
    }
    return true;
}

QString AgreementStore::activationRefusal(qint64 userId, const QDate &today, const QDateTime &inactivatedAt, bool *ok)
{
    QList<Agreement> latest;
    *ok = latestRequired(userId, &latest);
    if (!*ok)
        return {};
    for (const QString &kind : m_policy.requiredUserAgreements) {
        const auto it = std::find_if(latest.cbegin(), latest.cend(), [&kind](const Agreement &a) { return a.kind == kind; });
        const QString label = QString(kind).replace(QLatin1Char('_'), QLatin1Char(' '));
        if (it == latest.cend())
            return QStringLiteral("no %1 agreement is on file").arg(label);
        if (!isCurrentStatus(it->status(today, m_policy.expiringDays)))
            return QStringLiteral("the %1 agreement expired on %2").arg(label, it->expiresOn.toString(Qt::ISODate));
        if (inactivatedAt.isValid() && it->createdAt <= inactivatedAt)
            return QStringLiteral("reactivation needs a %1 agreement recorded after the account was inactivated").arg(label);
    }
    return {};
}

bool AgreementStore::summary(qint64 userId, const QDate &today, QString *status, QDate *expiresOn)
{
    QList<Agreement> latest;
    if (!latestRequired(userId, &latest))
        return false;
    *expiresOn = QDate();
    if (latest.size() < m_policy.requiredUserAgreements.size()) {
        *status = QStringLiteral("none");
        return true;
    }
    static const QStringList order{QStringLiteral("current"), QStringLiteral("expiring"), QStringLiteral("expired")};
    int worst = 0;
    for (const Agreement &a : std::as_const(latest)) {
        worst = std::max(worst, int(order.indexOf(a.status(today, m_policy.expiringDays))));
        if (!expiresOn->isValid() || a.expiresOn < *expiresOn)
            *expiresOn = a.expiresOn;
    }
    *status = order.at(worst);
    return true;
}

bool AgreementStore::organizationDataUse(qint64 organizationId, const QDate &today, QString *status,
                                         std::optional<Agreement> *latest)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT ") + kColumns
              + QStringLiteral(" FROM agreements a LEFT JOIN staff_users s ON s.id = a.recorded_by_id "
                               "WHERE a.organization_id = ? AND a.kind = 'organization_data_use' "
                               "ORDER BY a.signed_on DESC, a.id DESC LIMIT 1"));
    q.addBindValue(organizationId);
    if (!execQuery(q))
        return false;
    latest->reset();
    if (q.next())
        *latest = readRow(q);
    *status = *latest ? (*latest)->status(today, m_policy.expiringDays) : QStringLiteral("none");
    return true;
}

} // namespace izdesk::server
