#include "matching/nicknametable.h"

#include "matching/namestandardizer.h"

#include <QFile>

namespace izdesk::matching {

const NicknameTable &NicknameTable::builtIn()
{
    static const NicknameTable table = [] {
        NicknameTable t;
        for (const char *const *line = builtInNicknameLines(); *line; ++line) {
            const QString text = QString::fromLatin1(*line);
            const qsizetype colon = text.indexOf(QLatin1Char(':'));
            const QString formal = text.left(colon);
            const QStringList nicks = text.mid(colon + 1).split(QLatin1Char(' '), Qt::SkipEmptyParts);
            for (const QString &nick : nicks)
                t.addPair(formal, nick);
        }
        // The published table, built in as a resource (resources/names/README.md).
        QFile file(QStringLiteral(":/izdesk/names/nicknames.csv"));
        QString error;
        if (!file.open(QIODevice::ReadOnly) || !t.mergeCsv(file.readAll(), &error))
            qFatal("the built-in nickname table %s is unreadable: %s", qPrintable(file.fileName()),
                   qPrintable(error.isEmpty() ? file.errorString() : error));
        return t;
    }();
    return table;
}

void NicknameTable::addPair(const QString &a, const QString &b)
{
    const QString x = NameStandardizer::token(a);
    const QString y = NameStandardizer::token(b);
    if (x.isEmpty() || y.isEmpty() || x == y)
        return;
    m_links[x].insert(y);
    m_links[y].insert(x);
}

bool NicknameTable::mergeCsv(const QByteArray &csv, QString *error)
{
    const QList<QByteArray> lines = csv.split('\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        if (line.isEmpty() || (i == 0 && line.startsWith("name1")))
            continue;
        const QList<QByteArray> fields = line.split(',');
        if (fields.size() != 3 || fields.at(0).isEmpty() || fields.at(2).isEmpty()) {
            if (error)
                *error = QStringLiteral("line %1: expected name1,relationship,name2").arg(i + 1);
            return false;
        }
        addPair(QString::fromUtf8(fields.at(0)), QString::fromUtf8(fields.at(2)));
    }
    return true;
}

bool NicknameTable::areNicknames(const QString &a, const QString &b) const
{
    const auto it = m_links.constFind(a);
    return it != m_links.constEnd() && it->contains(b);
}

QStringList NicknameTable::variants(const QString &name) const
{
    QStringList out{name};
    const auto it = m_links.constFind(name);
    if (it != m_links.constEnd()) {
        for (const QString &v : *it)
            out.append(v);
    }
    return out;
}

} // namespace izdesk::matching
