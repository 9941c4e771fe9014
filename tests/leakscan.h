#pragma once

// Canary values and a scanner for them. A canary is a value that cannot occur by chance (a
// patient's name, a date of birth, a password, a session token); the scanner looks for every
// canary in the forms it takes on the way to a log line or an error body: as typed, in upper
// and lower case, percent-encoded (%20 or + for a space, either hex case), JSON-escaped, and
// for secrets base64 (standard and URL alphabet, at any byte alignment). Dates and phone
// numbers also in the other spellings a caller or a client uses. Header-only, Qt Core only.

#include <QByteArray>
#include <QDate>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QList>
#include <QMap>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QUrl>

namespace izdesk::test::leaks {

struct Needle
{
    QString kind;     // what the canary is: "patient given name", "staff password", …
    QString form;     // how it is spelled here: "plain", "percent", "base64", …
    QByteArray bytes; // lower case: matching ignores ASCII case
};

struct Finding
{
    QString source; // a file, or "HTTP 404 GET /api/v1/…"
    QString kind;
    QString form;
    int line = 0;
    QString excerpt;

    QString toString() const
    {
        return QStringLiteral("%1:%2: %3 (%4): %5").arg(source, QString::number(line), kind, form, excerpt);
    }
};

class CanarySet
{
public:
    enum class Shape { Text, Secret, Date, Phone };

    // Adds one canary; words are parts of it distinctive enough to count on their own (the
    // street name of an address, the local part of an e-mail address).
    void add(const QString &kind, const QString &value, Shape shape = Shape::Text, const QStringList &words = {})
    {
        if (value.size() < 6)
            return;
        QStringList spellings{value};
        if (shape == Shape::Date)
            spellings << dateSpellings(value);
        if (shape == Shape::Phone)
            spellings << phoneSpellings(value);
        for (const QString &s : std::as_const(spellings))
            addTextForms(kind, s);
        if (shape == Shape::Secret)
            addBase64Forms(kind, value.toUtf8());
        for (const QString &w : words)
            addTextForms(kind, w);
        m_values.append({kind, value});
    }

    QList<Needle> needles() const { return m_needles; }
    QList<QPair<QString, QString>> values() const { return m_values; } // (kind, value) as added
    QStringList kinds() const
    {
        QStringList out;
        for (const auto &v : m_values)
            if (!out.contains(v.first))
                out << v.first;
        return out;
    }

    // Every canary in the text, one finding per (kind, line).
    QList<Finding> scan(const QByteArray &text, const QString &source) const
    {
        QList<Finding> out;
        const QByteArray haystack = text.toLower();
        QSet<QString> seen;
        for (const Needle &n : m_needles) {
            for (qsizetype at = haystack.indexOf(n.bytes); at >= 0; at = haystack.indexOf(n.bytes, at + 1)) {
                const int line = int(haystack.left(at).count('\n')) + 1;
                const QString key = n.kind + QLatin1Char('\n') + QString::number(line);
                if (seen.contains(key))
                    continue;
                seen.insert(key);
                // The line around the match, at most 40 bytes either side.
                const qsizetype lineStart = haystack.lastIndexOf('\n', at) + 1;
                qsizetype lineEnd = haystack.indexOf('\n', at);
                if (lineEnd < 0)
                    lineEnd = haystack.size();
                const qsizetype from = qMax(lineStart, at - 40);
                const qsizetype to = qMin(lineEnd, at + n.bytes.size() + 40);
                const QString excerpt = QString::fromUtf8(text.mid(from, to - from)).simplified();
                out.append({source, n.kind, n.form, line, excerpt});
            }
        }
        return out;
    }

    QList<Finding> scanFile(const QString &path, const QString &label = {}) const
    {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return scan(f.readAll(), label.isEmpty() ? path : label);
    }

    // Every file under dir except those whose name matches one of the skip patterns.
    QList<Finding> scanTree(const QString &dir, const QStringList &skipNames = {}, QStringList *scanned = nullptr) const
    {
        QList<Finding> out;
        QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            if (QDir::match(skipNames, it.fileName()))
                continue;
            if (scanned)
                *scanned << path;
            out += scanFile(path);
        }
        return out;
    }

    static QString report(const QList<Finding> &findings, int max = 60)
    {
        // First where (a file, or the status and method of an answer) and what, with counts.
        QMap<QString, int> groups;
        for (const Finding &f : findings)
            groups[f.source.section(QLatin1Char('/'), 0, f.source.startsWith(QLatin1String("HTTP")) ? 0 : -1)
                   + QStringLiteral(": ") + f.kind]
                += 1;
        QStringList lines;
        for (auto it = groups.cbegin(); it != groups.cend(); ++it)
            lines << QStringLiteral("  %1 × %2").arg(it.value()).arg(it.key());
        lines << QString();
        for (const Finding &f : findings.mid(0, max))
            lines << f.toString();
        if (findings.size() > max)
            lines << QStringLiteral("… and %1 more").arg(findings.size() - max);
        return QStringLiteral("%1 finding(s):\n").arg(findings.size()) + lines.join(QLatin1Char('\n'));
    }

private:
    void addNeedle(const QString &kind, const QString &form, const QByteArray &bytes)
    {
        const QByteArray lower = bytes.toLower();
        if (lower.size() < 6)
            return;
        for (const Needle &n : std::as_const(m_needles))
            if (n.bytes == lower && n.kind == kind)
                return;
        m_needles.append({kind, form, lower});
    }

    void addTextForms(const QString &kind, const QString &text)
    {
        const QByteArray utf8 = text.toUtf8();
        addNeedle(kind, QStringLiteral("plain"), utf8);
        const QByteArray percent = QUrl::toPercentEncoding(text);
        addNeedle(kind, QStringLiteral("percent-encoded"), percent);
        addNeedle(kind, QStringLiteral("form-encoded (+ for space)"), QByteArray(percent).replace("%20", "+"));
        // Reserved characters a client leaves as they are in a path or query.
        addNeedle(kind, QStringLiteral("percent-encoded path"), QUrl::toPercentEncoding(text, "/:@()+,;="));
        const QByteArray json = QJsonDocument(QJsonArray{text}).toJson(QJsonDocument::Compact);
        addNeedle(kind, QStringLiteral("JSON-escaped"), json.mid(2, json.size() - 4));
        // Qt's JSON writer leaves non-ASCII as UTF-8; others write \uXXXX.
        QByteArray ascii;
        for (const QChar c : text) {
            if (c.unicode() < 0x80 && c != u'"' && c != u'\\')
                ascii.append(char(c.unicode()));
            else if (c == u'"' || c == u'\\')
                ascii.append('\\').append(char(c.unicode()));
            else
                ascii.append(QStringLiteral("\\u%1").arg(c.unicode(), 4, 16, QLatin1Char('0')).toLatin1());
        }
        addNeedle(kind, QStringLiteral("JSON \\u-escaped"), ascii);
    }

    // The part of base64(value) that does not depend on the bytes around it, for each of the
    // three alignments the value can have inside a longer encoded text.
    void addBase64Forms(const QString &kind, const QByteArray &value)
    {
        for (int shift = 0; shift < 3; ++shift) {
            const QByteArray padded = QByteArray(shift, '\0') + value;
            for (const auto option : {QByteArray::Base64Encoding, QByteArray::Base64UrlEncoding}) {
                QByteArray b64 = padded.toBase64(option | QByteArray::OmitTrailingEquals);
                if (shift > 0)
                    b64 = b64.mid(4);
                b64.chop(4);
                addNeedle(kind, QStringLiteral("base64"), b64);
            }
        }
    }

    static QStringList dateSpellings(const QString &iso)
    {
        const QDate d = QDate::fromString(iso, Qt::ISODate);
        if (!d.isValid())
            return {};
        return {d.toString(QStringLiteral("MM/dd/yyyy")), d.toString(QStringLiteral("M/d/yyyy")),
                d.toString(QStringLiteral("MM-dd-yyyy")), d.toString(QStringLiteral("yyyyMMdd")),
                d.toString(QStringLiteral("MMddyyyy")),   d.toString(QStringLiteral("yyyy/MM/dd"))};
    }

    // value: ten digits.
    static QStringList phoneSpellings(const QString &digits)
    {
        if (digits.size() != 10)
            return {};
        const QString a = digits.left(3), b = digits.mid(3, 3), c = digits.mid(6);
        return {QStringLiteral("%1-%2-%3").arg(a, b, c),  QStringLiteral("(%1) %2-%3").arg(a, b, c),
                QStringLiteral("(%1)%2-%3").arg(a, b, c), QStringLiteral("%1.%2.%3").arg(a, b, c),
                QStringLiteral("%1 %2 %3").arg(a, b, c),  QStringLiteral("+1") + digits,
                QStringLiteral("1-%1-%2-%3").arg(a, b, c)};
    }

    QList<Needle> m_needles;
    QList<QPair<QString, QString>> m_values;
};

} // namespace izdesk::test::leaks
