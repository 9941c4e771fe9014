#include "http/queryparams.h"

#include <QJsonArray>
#include <QStringDecoder>

namespace izdesk::server {

namespace {

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// One name or value: '+' → space, %XX → byte, then UTF-8. nullopt on a bad escape or bytes
// that are not UTF-8.
std::optional<QString> decodeComponent(QByteArrayView raw, const char **problem)
{
    QByteArray bytes;
    bytes.reserve(raw.size());
    for (qsizetype i = 0; i < raw.size(); ++i) {
        const char c = raw.at(i);
        if (c == '+') {
            bytes.append(' ');
        } else if (c == '%') {
            if (i + 2 >= raw.size() || hexValue(raw.at(i + 1)) < 0 || hexValue(raw.at(i + 2)) < 0) {
                *problem = "a '%' not followed by two hexadecimal digits";
                return std::nullopt;
            }
            bytes.append(char(hexValue(raw.at(i + 1)) * 16 + hexValue(raw.at(i + 2))));
            i += 2;
        } else {
            bytes.append(c);
        }
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = utf8(bytes);
    if (utf8.hasError()) {
        *problem = "bytes that are not UTF-8";
        return std::nullopt;
    }
    return text;
}

bool unreserved(char c)
{
    return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '.'
           || c == '_' || c == '~';
}

// A name shaped like the API's own parameters (q, dob, startIndex): it may be quoted back in
// an error. Anything else in that place is text the caller typed (a name, a date, an e-mail)
// and is referred to by position only.
bool isIdentifier(const QString &name)
{
    if (name.isEmpty() || name.size() > 32 || name.at(0).isDigit())
        return false;
    for (const QChar c : name)
        if (!(c.isLetterOrNumber() && c.unicode() < 0x80) && c != u'_')
            return false;
    return true;
}

void appendEncoded(QByteArray *out, const QString &text)
{
    static const char hex[] = "0123456789ABCDEF";
    for (const char c : text.toUtf8()) {
        if (unreserved(c)) {
            out->append(c);
        } else {
            out->append('%');
            out->append(hex[(uchar(c) >> 4) & 0xF]);
            out->append(hex[uchar(c) & 0xF]);
        }
    }
}

} // namespace

std::optional<QueryParams> QueryParams::parse(const QByteArray &encoded, QString *error)
{
    QueryParams out;
    qsizetype from = 0;
    while (from <= encoded.size()) {
        qsizetype end = encoded.indexOf('&', from);
        if (end < 0)
            end = encoded.size();
        const QByteArrayView pair = QByteArrayView(encoded).sliced(from, end - from);
        from = end + 1;
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArrayView rawName = eq < 0 ? pair : pair.first(eq);
        const QByteArrayView rawValue = eq < 0 ? QByteArrayView() : pair.sliced(eq + 1);
        const char *problem = nullptr;
        const std::optional<QString> name = decodeComponent(rawName, &problem);
        if (!name) {
            if (error)
                *error = QStringLiteral("query parameter %1: its name has %2")
                             .arg(out.m_items.size() + 1)
                             .arg(QLatin1String(problem));
            return std::nullopt;
        }
        const std::optional<QString> value = decodeComponent(rawValue, &problem);
        if (!value) {
            if (error)
                *error = QStringLiteral("query parameter %1: its value has %2")
                             .arg(isIdentifier(*name) ? QLatin1Char('"') + *name + QLatin1Char('"')
                                                      : QString::number(out.m_items.size() + 1),
                                  QLatin1String(problem));
            return std::nullopt;
        }
        out.m_items.append({*name, *value});
    }
    return out;
}

bool QueryParams::contains(const QString &name) const
{
    for (const auto &item : m_items)
        if (item.first == name)
            return true;
    return false;
}

QString QueryParams::value(const QString &name) const
{
    for (const auto &item : m_items)
        if (item.first == name)
            return item.second;
    return {};
}

QStringList QueryParams::values(const QString &name) const
{
    QStringList out;
    for (const auto &item : m_items)
        if (item.first == name)
            out << item.second;
    return out;
}

std::optional<QueryParams> QueryParams::fromJson(const QJsonObject &object, QString *error)
{
    const auto scalar = [](const QJsonValue &v) -> std::optional<QString> {
        switch (v.type()) {
        case QJsonValue::String: return v.toString();
        case QJsonValue::Bool: return v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        case QJsonValue::Double: {
            const double d = v.toDouble();
            // Whole numbers as integers ("10", not "10.0"): the parsers read them as such.
            if (d == double(qint64(d)))
                return QString::number(qint64(d));
            return QString::number(d, 'g', 17);
        }
        default: return std::nullopt;
        }
    };
    QueryParams params;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QJsonValue value = it.value();
        if (value.isNull() || value.isUndefined())
            continue;
        if (value.isArray()) {
            const QJsonArray array = value.toArray();
            for (const QJsonValue &element : array) {
                const auto text = scalar(element);
                if (!text) {
                    if (error)
                        *error = QStringLiteral("%1 must hold strings or numbers only").arg(it.key());
                    return std::nullopt;
                }
                params.add(it.key(), *text);
            }
            continue;
        }
        const auto text = scalar(value);
        if (!text) {
            if (error)
                *error = QStringLiteral("%1 must be a string, a number or an array of them").arg(it.key());
            return std::nullopt;
        }
        params.add(it.key(), *text);
    }
    return params;
}

void QueryParams::add(const QString &name, const QString &value)
{
    m_items.append({name, value});
}

QByteArray QueryParams::encoded() const
{
    QByteArray out;
    for (const auto &item : m_items) {
        if (!out.isEmpty())
            out.append('&');
        appendEncoded(&out, item.first);
        out.append('=');
        appendEncoded(&out, item.second);
    }
    return out;
}

} // namespace izdesk::server
