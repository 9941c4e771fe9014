#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace izdesk {

// Appends compact JSON text straight to a byte array, for the hot list responses where
// building a QJsonObject per row and serializing it again costs more than the query. The
// caller writes keys and values in order; the writer adds the commas. Produces the same JSON
// values as the QJsonObject codecs (a unit test compares them). Not thread-safe; cheap to
// construct.
class JsonWriter
{
public:
    explicit JsonWriter(QByteArray &out)
        : m_out(out)
    {
    }

    void beginObject();
    void endObject();
    void beginArray();
    void endArray();
    // Object members: key(...) then one value (or a nested begin/end).
    JsonWriter &key(const char *latin1Key);
    void value(const QString &text);
    void value(qint64 number);
    void value(int number) { value(qint64(number)); }
    void value(bool flag);
    void null();
    void nullableText(const QString &text) { text.isEmpty() ? null() : value(text); }
    void nullableId(const std::optional<qint64> &id) { id ? value(*id) : null(); }
    // ISO 8601 UTC with milliseconds and Z (toIsoUtc), or null when invalid.
    void timestamp(const QDateTime &dt);
    // A fragment that is already valid JSON.
    void raw(const QByteArray &json);

private:
    void separate();

    QByteArray &m_out;
    bool m_first = true;  // no value written yet at this nesting level
    bool m_afterKey = false;
};

} // namespace izdesk
