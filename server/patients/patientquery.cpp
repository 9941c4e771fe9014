#include "patients/patientquery.h"

#include "matching/namestandardizer.h"

#include <QRegularExpression>
#include <QSet>

namespace izdesk::server {

using matching::NameStandardizer;

namespace {

QString param(const QueryParams &query, const char *name)
{
    return query.value(QLatin1String(name)).trimmed();
}

const QSet<QString> &stopWords()
{
    static const QSet<QString> words{QStringLiteral("BORN"), QStringLiteral("DOB"), QStringLiteral("BDAY"),
                                     QStringLiteral("BIRTHDAY"), QStringLiteral("ON"), QStringLiteral("AND"),
                                     QStringLiteral("PHONE"), QStringLiteral("TEL"), QStringLiteral("ZIP"),
                                     QStringLiteral("AT"), QStringLiteral("LIVES"), QStringLiteral("ID"),
                                     QStringLiteral("MRN"), QStringLiteral("B"), QStringLiteral("D"), QStringLiteral("O")};
    return words;
}

void setNames(const QStringList &words, bool lastFirst, PatientQuery *q)
{
    QStringList w = words;
    if (w.size() > 1 && !NameStandardizer::parseSuffix(w.constLast()).isEmpty())
        q->probe.suffix = NameStandardizer::parseSuffix(w.takeLast());
    if (w.isEmpty())
        return;
    const auto assign = [](QString *field, const QString &value) {
        if (field->isEmpty())
            *field = value;
    };
    if (w.size() == 1) {
        assign(&q->probe.last, w.first());
        return;
    }
    if (lastFirst) {
        assign(&q->probe.last, w.takeFirst());
        assign(&q->probe.first, w.takeFirst());
    } else {
        assign(&q->probe.first, w.takeFirst());
        assign(&q->probe.last, w.takeLast());
    }
    if (!w.isEmpty())
        assign(&q->probe.middle, w.join(QLatin1Char(' ')));
}

} // namespace

void PatientQuery::parseFreeText(const QString &input, int referenceYear, PatientQuery *q)
{
    static const QRegularExpression dateRe(QStringLiteral("\\b(\\d{4}-\\d{1,2}-\\d{1,2}|\\d{1,2}[/.-]\\d{1,2}[/.-](\\d{4}|\\d{2}))\\b"));
    static const QRegularExpression phoneRe(QStringLiteral("(\\+?1[\\s.-]?)?\\(?\\b\\d{3}\\)?[\\s.-]?\\d{3}[\\s.-]?\\d{4}\\b"));
    QString text = input;
    for (auto it = dateRe.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        if (const auto d = NameStandardizer::date(m.captured(1), referenceYear); d && !q->probe.dob.isValid()) {
            q->probe.dob = *d;
            text.replace(m.capturedStart(), m.capturedLength(), QString(m.capturedLength(), QLatin1Char(' ')));
        }
    }
    for (auto it = phoneRe.globalMatch(text); it.hasNext();) {
        const auto m = it.next();
        const QString phone = NameStandardizer::phone(m.captured(0));
        if (!phone.isEmpty()) {
            if (!q->probe.phones.contains(phone))
                q->probe.phones << phone;
            text.replace(m.capturedStart(), m.capturedLength(), QString(m.capturedLength(), QLatin1Char(' ')));
        }
    }
    const bool lastFirst = text.trimmed().contains(QRegularExpression(QStringLiteral("^[^\\d,]+,")));
    const QStringList tokens = text.split(QRegularExpression(QStringLiteral("[\\s,;]+")), Qt::SkipEmptyParts);
    QStringList nameWords;
    QStringList street;
    bool inAddress = false;
    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const QString raw = tokens.at(i);
        const QString clean = NameStandardizer::token(raw);
        bool allDigits = !raw.isEmpty();
        bool anyDigit = false;
        for (const QChar c : raw) {
            allDigits = allDigits && (c.isDigit() || c == QLatin1Char('-'));
            anyDigit = anyDigit || c.isDigit();
        }
        const bool nextIsWord = i + 1 < tokens.size() && !NameStandardizer::token(tokens.at(i + 1)).isEmpty()
            && !tokens.at(i + 1).at(0).isDigit();
        if (allDigits && raw.size() <= 6 && nextIsWord && !inAddress) {
            inAddress = true; // house number: the words after it are the street
            street << raw;
            continue;
        }
        if (allDigits && (raw.size() == 5 || (raw.size() == 10 && raw.at(5) == QLatin1Char('-')))) {
            const QString zip = NameStandardizer::zip(raw);
            if (!zip.isEmpty() && !q->probe.zips.contains(zip))
                q->probe.zips << zip;
            inAddress = false;
            continue;
        }
        if (anyDigit) {
            if (raw.size() >= 4)
                q->identifiers << raw.toUpper();
            continue;
        }
        if (clean.isEmpty() || stopWords().contains(clean))
            continue;
        if (inAddress)
            street << raw;
        else
            nameWords << NameStandardizer::clean(raw).replace(QLatin1Char(' '), QLatin1Char('-'));
    }
    if (!street.isEmpty()) {
        const QString token = NameStandardizer::addressToken(street.join(QLatin1Char(' ')));
        if (!token.isEmpty() && !q->probe.addressTokens.contains(token))
            q->probe.addressTokens << token;
    }
    QStringList words;
    for (const QString &w : std::as_const(nameWords))
        words << w;
    // Standardize each name through the same rules as stored names (placeholders, suffixes).
    PatientQuery named;
    setNames(words, lastFirst, &named);
    const auto n = NameStandardizer::name(named.probe.first, named.probe.middle, named.probe.last, named.probe.suffix);
    if (q->probe.first.isEmpty())
        q->probe.first = n.first;
    if (q->probe.middle.isEmpty())
        q->probe.middle = n.middle;
    if (q->probe.last.isEmpty())
        q->probe.last = n.last;
    if (q->probe.suffix.isEmpty())
        q->probe.suffix = n.suffix;
}

namespace {

// phone, zip and street: each standardized, or an error naming it.
void parseContact(const QueryParams &query, matching::MatchRecord *probe, QList<FieldError> *errors)
{
    const QString phone = param(query, "phone");
    if (!phone.isEmpty()) {
        const QString p = NameStandardizer::phone(phone);
        if (p.isEmpty())
            errors->append({QStringLiteral("phone"), QStringLiteral("must be a 10-digit US phone number")});
        else
            probe->phones << p;
    }
    const QString zip = param(query, "zip");
    if (!zip.isEmpty()) {
        const QString z = NameStandardizer::zip(zip);
        if (z.isEmpty())
            errors->append({QStringLiteral("zip"), QStringLiteral("must be a 5-digit ZIP code")});
        else
            probe->zips << z;
    }
    const QString street = param(query, "street");
    if (!street.isEmpty()) {
        const QString token = NameStandardizer::addressToken(street);
        if (token.isEmpty())
            errors->append({QStringLiteral("street"), QStringLiteral("must start with a house number and a street name")});
        else
            probe->addressTokens << token;
    }
}

// Which criteria the caller gave, in the order the answer lists them.
void noteCriteria(PatientQuery *query)
{
    const auto note = [query](bool present, const char *name) {
        if (present)
            query->criteria << QLatin1String(name);
    };
    note(!query->probe.first.isEmpty(), "first_name");
    note(!query->probe.last.isEmpty(), "last_name");
    note(query->probe.dob.isValid(), "birth_date");
    note(!query->probe.sex.isEmpty(), "sex");
    note(!query->probe.phones.isEmpty(), "phone");
    note(!query->probe.addressTokens.isEmpty(), "street");
    note(!query->probe.zips.isEmpty(), "zip");
    note(!query->probe.motherMaiden.isEmpty(), "mother_maiden_name");
    note(!query->identifiers.isEmpty(), "identifier");
}

} // namespace

std::optional<PatientQuery> PatientQuery::parse(const QueryParams &query, int referenceYear, QList<FieldError> *errors)
{
    PatientQuery q;
    const QString limit = param(query, "limit");
    if (!limit.isEmpty()) {
        bool ok = false;
        q.limit = limit.toInt(&ok);
        if (!ok || q.limit < 1 || q.limit > maxLimit)
            errors->append({QStringLiteral("limit"), QStringLiteral("must be an integer from 1 to %1").arg(maxLimit)});
    }
    const auto n = NameStandardizer::name(param(query, "first"), param(query, "middle"), param(query, "last"),
                                          param(query, "suffix"));
    q.probe.first = n.first;
    q.probe.middle = n.middle;
    q.probe.last = n.last;
    q.probe.suffix = n.suffix;
    const QString dob = param(query, "dob");
    if (!dob.isEmpty()) {
        const auto d = NameStandardizer::date(dob, referenceYear);
        if (!d)
            errors->append({QStringLiteral("dob"), QStringLiteral("must be a date: YYYY-MM-DD or MM/DD/YYYY")});
        else
            q.probe.dob = *d;
    }
    const QString sex = param(query, "sex").toUpper();
    if (!sex.isEmpty()) {
        if (sex != QLatin1String("F") && sex != QLatin1String("M") && sex != QLatin1String("U"))
            errors->append({QStringLiteral("sex"), QStringLiteral("must be one of: F, M, U")});
        else if (sex != QLatin1String("U"))
            q.probe.sex = sex;
    }
    parseContact(query, &q.probe, errors);
    q.probe.motherMaiden = NameStandardizer::token(param(query, "mother_maiden_name"));
    const QString identifier = param(query, "identifier");
    if (identifier.size() > 64)
        errors->append({QStringLiteral("identifier"), QStringLiteral("must be at most 64 characters")});
    else if (!identifier.isEmpty())
        q.identifiers << identifier.toUpper();
    const QString text = query.value(QStringLiteral("q"));
    if (text.size() > 200)
        errors->append({QStringLiteral("q"), QStringLiteral("must be at most 200 characters")});
    else if (!text.trimmed().isEmpty())
        parseFreeText(text, referenceYear, &q);
    if (errors->isEmpty() && q.probe.isEmpty() && q.identifiers.isEmpty())
        errors->append({QStringLiteral("q"), QStringLiteral("give at least one of: q, first, last, dob, phone, street, zip, "
                                                            "mother_maiden_name, identifier")});
    if (!errors->isEmpty())
        return std::nullopt;
    noteCriteria(&q);
    return q;
}

} // namespace izdesk::server
