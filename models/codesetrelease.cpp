#include "codesetrelease.h"

#include "jsonfields.h"

#include <QJsonArray>
#include <QLocale>

namespace izdesk {

namespace {

const QStringList kSystemOrder{QStringLiteral("CVX"), QStringLiteral("MVX"), QStringLiteral("CPT"),
                               QStringLiteral("NDC")};

std::optional<CodesetRelease::Status> statusFrom(const QString &s)
{
    if (s == QLatin1String("pending"))
        return CodesetRelease::Status::Pending;
    if (s == QLatin1String("approved"))
        return CodesetRelease::Status::Approved;
    if (s == QLatin1String("published"))
        return CodesetRelease::Status::Published;
    if (s == QLatin1String("discarded"))
        return CodesetRelease::Status::Discarded;
    return std::nullopt;
}

// A count field that must be a non-negative whole number.
bool readCount(const QJsonObject &o, const char *key, int *out, const QString &where, QString *error)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (!v.isDouble() || v.toDouble() < 0 || v.toDouble() != double(v.toInt())) {
        *error = QStringLiteral("%1.%2: expected a whole number of at least 0").arg(where, QLatin1String(key));
        return false;
    }
    *out = v.toInt();
    return true;
}

QMap<QString, QString> columns(const QJsonValue &v)
{
    QMap<QString, QString> out;
    const QJsonObject o = v.toObject();
    for (auto it = o.begin(); it != o.end(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

std::optional<CodesetChangeCount> countFromJson(const QJsonValue &value, const QString &where, QString *error)
{
    if (!value.isObject()) {
        *error = QStringLiteral("%1: expected an object").arg(where);
        return std::nullopt;
    }
    const QJsonObject o = value.toObject();
    CodesetChangeCount c;
    c.label = json::str(o, "label");
    if (c.label.isEmpty()) {
        *error = QStringLiteral("%1.label: missing").arg(where);
        return std::nullopt;
    }
    if (!readCount(o, "added", &c.added, where, error) || !readCount(o, "changed", &c.changed, where, error)
        || !readCount(o, "retired", &c.retired, where, error) || !readCount(o, "unchanged", &c.unchanged, where, error))
        return std::nullopt;
    c.addedKeys = json::strings(o, "added_keys");
    c.changedKeys = json::strings(o, "changed_keys");
    c.retiredKeys = json::strings(o, "retired_keys");
    for (const QJsonObject &v : json::objects(o.value(QLatin1String("changed_values"))))
        c.changedValues.append(
            {json::str(v, "key"), columns(v.value(QLatin1String("before"))), columns(v.value(QLatin1String("after")))});
    return c;
}

// A "<step> by <who> on <when>" sentence, or empty when the step has not happened.
QString stepText(const QString &format, const QString &who, const QDateTime &when)
{
    if (!when.isValid())
        return {};
    return format.arg(who.isEmpty() ? CodesetRelease::tr("an unknown user") : who,
                      QLocale().toString(when.toLocalTime(), QLocale::ShortFormat));
}

} // namespace

QString CodesetChangeCount::system() const
{
    if (label.startsWith(QLatin1String("NDC"), Qt::CaseInsensitive))
        return QStringLiteral("NDC");
    return label;
}

bool CodesetChangeCount::keysTruncated() const
{
    return addedKeys.size() < added || changedKeys.size() < changed || retiredKeys.size() < retired;
}

CodesetChangeCount CodesetRelease::totalsFor(const QString &system) const
{
    CodesetChangeCount total;
    total.label = system;
    for (const CodesetChangeCount &c : changes) {
        if (c.system() != system)
            continue;
        total.added += c.added;
        total.changed += c.changed;
        total.retired += c.retired;
        total.unchanged += c.unchanged;
    }
    return total;
}

QStringList CodesetRelease::systems() const
{
    QStringList out;
    for (const QString &s : kSystemOrder)
        for (const CodesetChangeCount &c : changes)
            if (c.system() == s && !out.contains(s))
                out << s;
    for (const CodesetChangeCount &c : changes)
        if (!out.contains(c.system()))
            out << c.system();
    return out;
}

QString CodesetRelease::statusText(Status status)
{
    switch (status) {
    case Status::Pending: return tr("Pending");
    case Status::Approved: return tr("Approved");
    case Status::Published: return tr("Published");
    case Status::Discarded: return tr("Discarded");
    }
    return {};
}

QString CodesetRelease::lastStepText() const
{
    switch (status) {
    case Status::Pending: return stepText(tr("Staged by %1 on %2; waiting for approval."), stagedBy, stagedAt);
    case Status::Approved: return stepText(tr("Approved by %1 on %2; not published yet."), approvedBy, approvedAt);
    case Status::Published:
        return stepText(tr("Published by %1 on %2; the checker and the patient record use it."), publishedBy,
                        publishedAt);
    case Status::Discarded: return stepText(tr("Discarded by %1 on %2."), discardedBy, discardedAt);
    }
    return {};
}

std::optional<CodesetRelease> CodesetRelease::fromJson(const QJsonObject &o, QString *error)
{
    CodesetRelease r;
    const QJsonValue id = o.value(QLatin1String("id"));
    if (!id.isDouble() || id.toInteger() <= 0) {
        *error = QStringLiteral("id: expected a positive whole number");
        return std::nullopt;
    }
    r.id = id.toInteger();
    const auto status = statusFrom(json::str(o, "status"));
    if (!status) {
        *error = QStringLiteral("release %1: status: expected pending, approved, published or discarded").arg(r.id);
        return std::nullopt;
    }
    r.status = *status;
    const QJsonValue changes = o.value(QLatin1String("changes"));
    if (!changes.isArray()) {
        *error = QStringLiteral("release %1: changes: expected an array").arg(r.id);
        return std::nullopt;
    }
    const QJsonArray array = changes.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        auto c = countFromJson(array.at(i), QStringLiteral("release %1: changes[%2]").arg(r.id).arg(i), error);
        if (!c)
            return std::nullopt;
        r.changes.append(*c);
    }
    r.stagedAt = json::time(o, "staged_at");
    if (!r.stagedAt.isValid()) {
        *error = QStringLiteral("release %1: staged_at: expected a UTC date and time").arg(r.id);
        return std::nullopt;
    }
    r.label = json::str(o, "label");
    r.files = json::strings(o, "files");
    r.missingFiles = json::strings(o, "missing_files");
    r.stagedBy = json::str(o, "staged_by");
    r.approvedBy = json::str(o, "approved_by");
    r.approvedAt = json::time(o, "approved_at");
    r.publishedBy = json::str(o, "published_by");
    r.publishedAt = json::time(o, "published_at");
    r.discardedBy = json::str(o, "discarded_by");
    r.discardedAt = json::time(o, "discarded_at");
    return r;
}

std::optional<QList<CodesetRelease>> CodesetRelease::listFromJson(const QJsonObject &json, QString *error)
{
    const QJsonValue items = json.value(QLatin1String("items"));
    if (!items.isArray()) {
        *error = QStringLiteral("items: expected an array");
        return std::nullopt;
    }
    QList<CodesetRelease> out;
    const QJsonArray array = items.toArray();
    for (qsizetype i = 0; i < array.size(); ++i) {
        QString why;
        const auto r = array.at(i).isObject() ? fromJson(array.at(i).toObject(), &why) : std::nullopt;
        if (!r) {
            *error = QStringLiteral("items[%1]: %2")
                         .arg(i)
                         .arg(why.isEmpty() ? QStringLiteral("expected an object") : why);
            return std::nullopt;
        }
        out.append(*r);
    }
    return out;
}

} // namespace izdesk
