#pragma once

#include <QByteArray>
#include <QJsonObject>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <optional>

namespace izdesk::server {

// The parameters of a request's query string, decoded once the way HTML forms and HTTP
// client libraries encode them (application/x-www-form-urlencoded, WHATWG URL standard):
// pairs split on '&', name and value on the first '=', '+' is a space, and each %XX escape
// is one byte of UTF-8. So `q=Marie+Smith`, `q=Marie%20Smith` and curl's `--data-urlencode`
// all read as "Marie Smith", and `%2B` is a literal plus. A '%' not followed by two hex
// digits, or bytes that are not UTF-8, make the whole query unusable: parse() names the
// parameter and the server answers 400. Value type; any thread.
class QueryParams
{
public:
    QueryParams() = default;

    // `encoded` is the query string as it arrived, without the '?'.
    static std::optional<QueryParams> parse(const QByteArray &encoded, QString *error = nullptr);
    // The same parameters sent as a JSON object (a search in a POST body, so the values stay
    // out of URLs and proxy logs): a string, number or boolean is one value, an array of those
    // several, null is absent. Anything else names the member in *error.
    static std::optional<QueryParams> fromJson(const QJsonObject &object, QString *error = nullptr);

    bool contains(const QString &name) const;
    // The first value of the parameter; empty when absent.
    QString value(const QString &name) const;
    QStringList values(const QString &name) const;
    const QList<QPair<QString, QString>> &items() const { return m_items; }
    bool isEmpty() const { return m_items.isEmpty(); }

    // Builds the query string that parse() reads back as these items (percent-escapes every
    // byte outside the unreserved set, space as %20).
    void add(const QString &name, const QString &value);
    QByteArray encoded() const;

private:
    QList<QPair<QString, QString>> m_items;
};

} // namespace izdesk::server
