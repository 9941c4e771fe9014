#include "verification/factorchecker.h"

#include "matching/namestandardizer.h"
#include "storage/sqlutil.h"

#include <QJsonObject>
#include <QSqlQuery>

namespace izdesk::server {

using matching::NameStandardizer;

namespace {

// One comparable token per name: case, diacritics, punctuation, hyphens and spaces ignored.
QString nameToken(const QString &text)
{
    return NameStandardizer::token(text);
}

QString str(const QJsonValue &value, const char *key)
{
    return value.toObject().value(QLatin1String(key)).toString().trimmed();
}

} // namespace

FactorChecker::FactorChecker(QSqlDatabase db, Dialect dialect)
    : m_db(std::move(db))
    , m_dialect(dialect)
{
}

QString FactorChecker::shapeError(const QString &input, const QJsonValue &value)
{
    if (input == QLatin1String("name")) {
        if (!value.isObject() || str(value, "first").isEmpty() || str(value, "last").isEmpty())
            return QStringLiteral("must be an object {\"first\", \"last\"} with both names");
    } else if (input == QLatin1String("date")) {
        const QString text = value.toString();
        if (!value.isString() || text.size() != 10 || !QDate::fromString(text, Qt::ISODate).isValid())
            return QStringLiteral("must be a date \"YYYY-MM-DD\"");
    } else if (input == QLatin1String("address")) {
        if (!value.isObject() || str(value, "street").isEmpty() || str(value, "zip").isEmpty())
            return QStringLiteral("must be an object {\"street\", \"zip\"} with both parts");
    } else if (input == QLatin1String("phone") || input == QLatin1String("text")) {
        if (!value.isString() || value.toString().trimmed().isEmpty())
            return QStringLiteral("must be a non-empty string");
    } else if (input == QLatin1String("attest")) {
        if (!value.isBool())
            return QStringLiteral("must be true or false");
    }
    return {};
}

bool FactorChecker::check(const VerificationPolicy::Factor &factor, const QJsonValue &value,
                          const VerificationAttempt &attempt, const VerificationPolicy::CallerType &type, Check *out)
{
    out->shapeError = shapeError(factor.input, value);
    if (!out->shapeError.isEmpty())
        return true;
    if (factor.input == QLatin1String("attest")) {
        // The facility call-back can only be placed once the phone on file is known.
        if (factor.id == QLatin1String("facility_callback") && !attempt.facilityId) {
            out->orderError = QStringLiteral("check iis_username and facility_code before the call-back");
            return true;
        }
        out->result = value.toBool() ? VerificationPolicy::Result::Attested : VerificationPolicy::Result::NotAttested;
        return true;
    }
    if (factor.subject == QLatin1String("iis_user"))
        return userFactor(factor.id, value, attempt, type, out);
    if (!attempt.patientId)
        return false;
    bool match = false;
    if (!patientFactor(factor.id, value, *attempt.patientId, &match))
        return false;
    out->callerNameGiven = factor.id == QLatin1String("guardian_listed");
    out->result = match ? VerificationPolicy::Result::Match : VerificationPolicy::Result::NoMatch;
    return true;
}

bool FactorChecker::namesOnFile(const QString &sql, qint64 patientId, const QString &first, const QString &last,
                                bool *match)
{
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    q.prepare(sql);
    q.addBindValue(patientId);
    if (!execQuery(q))
        return false;
    const QString f = nameToken(first);
    const QString l = nameToken(last);
    while (q.next() && !*match) {
        const QString fileFirst = nameToken(q.value(0).toString());
        const QString fileLast = nameToken(q.value(1).toString());
        *match = !f.isEmpty() && !l.isEmpty() && f == fileFirst && l == fileLast;
    }
    return true;
}

bool FactorChecker::patientFactor(const QString &factor, const QJsonValue &value, qint64 patientId, bool *match)
{
    *match = false;
    if (factor == QLatin1String("full_name")) {
        const QString first = str(value, "first");
        const QString last = str(value, "last");
        return namesOnFile(QStringLiteral("SELECT first_name, last_name FROM patients WHERE id = ?"), patientId, first,
                           last, match)
               && (*match
                   || namesOnFile(
                       QStringLiteral("SELECT first_name, last_name FROM patient_names WHERE patient_id = ?"),
                       patientId, first, last, match));
    }
    if (factor == QLatin1String("guardian_listed"))
        return namesOnFile(QStringLiteral("SELECT first_name, last_name FROM patient_guardians WHERE patient_id = ?"),
                           patientId, str(value, "first"), str(value, "last"), match);
    QSqlQuery q(m_db);
    q.setForwardOnly(true);
    if (factor == QLatin1String("birth_date") || factor == QLatin1String("mother_maiden_name"))
        q.prepare(QStringLiteral("SELECT birth_date, mother_maiden_name FROM patients WHERE id = ?"));
    else if (factor == QLatin1String("address"))
        q.prepare(
            QStringLiteral("SELECT street, zip FROM patient_addresses WHERE patient_id = ? AND current_address = ?"));
    else if (factor == QLatin1String("phone"))
        q.prepare(QStringLiteral("SELECT number FROM patient_phones WHERE patient_id = ?"));
    else
        return true; // a factor the policy parser does not admit for patients
    q.addBindValue(patientId);
    if (factor == QLatin1String("address"))
        q.addBindValue(true);
    if (!execQuery(q))
        return false;
    const QString said = value.toString().trimmed();
    const QString saidToken
        = factor == QLatin1String("address") ? NameStandardizer::addressToken(str(value, "street")) : QString();
    const QString saidZip = factor == QLatin1String("address") ? NameStandardizer::zip(str(value, "zip")) : QString();
    const QString saidPhone = factor == QLatin1String("phone") ? NameStandardizer::phone(said) : QString();
    while (q.next() && !*match) {
        if (factor == QLatin1String("birth_date")) {
            *match = !q.value(0).isNull() && q.value(0).toString() == said;
        } else if (factor == QLatin1String("mother_maiden_name")) {
            const QString onFile = nameToken(q.value(1).toString());
            *match = !onFile.isEmpty() && onFile == nameToken(said);
        } else if (factor == QLatin1String("address")) {
            *match = !saidToken.isEmpty() && saidZip.size() == 5
                     && saidToken == NameStandardizer::addressToken(q.value(0).toString())
                     && saidZip == NameStandardizer::zip(q.value(1).toString());
        } else {
            *match = !saidPhone.isEmpty() && saidPhone == NameStandardizer::phone(q.value(0).toString());
        }
    }
    return true;
}

bool FactorChecker::userFactor(const QString &factor, const QJsonValue &value, const VerificationAttempt &attempt,
                               const VerificationPolicy::CallerType &type, Check *out)
{
    const QString said = value.toString().trimmed();
    if (factor == QLatin1String("iis_username")) {
        QSqlQuery q(m_db);
        q.prepare(QStringLiteral("SELECT id FROM iis_users WHERE LOWER(username) = LOWER(?) AND status = 'active'"));
        q.addBindValue(said);
        if (!execQuery(q))
            return false;
        if (q.next())
            out->iisUserId = q.value(0).toLongLong();
        out->result = out->iisUserId ? VerificationPolicy::Result::Match : VerificationPolicy::Result::NoMatch;
        return true;
    }
    // facility_code / school_code: a site of the verified user.
    if (!attempt.iisUserId) {
        out->orderError = QStringLiteral("check iis_username before %1").arg(factor);
        return true;
    }
    const bool school = factor == QLatin1String("school_code");
    QSqlQuery q(m_db);
    q.prepare(
        QStringLiteral("SELECT f.id, o.type, u.role FROM facilities f JOIN organizations o ON o.id = f.organization_id "
                       "JOIN iis_user_sites us ON us.facility_id = f.id JOIN iis_users u ON u.id = us.iis_user_id "
                       "WHERE us.iis_user_id = ? AND UPPER(f.facility_code) = UPPER(?)"));
    q.addBindValue(*attempt.iisUserId);
    q.addBindValue(said);
    if (!execQuery(q))
        return false;
    if (q.next()) {
        const QString orgType = q.value(1).toString();
        const QString role = q.value(2).toString();
        const bool schoolSite = orgType == QLatin1String("school") || orgType == QLatin1String("childcare");
        const QString requiredRole
            = type.requiredRole.isEmpty() && school ? QStringLiteral("school_user") : type.requiredRole;
        if ((!school || schoolSite) && (requiredRole.isEmpty() || role == requiredRole))
            out->facilityId = q.value(0).toLongLong();
    }
    out->result = out->facilityId ? VerificationPolicy::Result::Match : VerificationPolicy::Result::NoMatch;
    return true;
}

std::optional<QString> FactorChecker::facilityPhone(qint64 facilityId)
{
    QSqlQuery q(m_db);
    q.prepare(QStringLiteral("SELECT phone FROM facilities WHERE id = ?"));
    q.addBindValue(facilityId);
    if (!execQuery(q))
        return std::nullopt;
    return q.next() ? q.value(0).toString() : QString();
}

} // namespace izdesk::server
