#include "codesets/codesetparser.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QRegularExpression>
#include <QXmlStreamReader>

namespace izdesk::server {

namespace {

using Record = QHash<QString, QString>;

// Reads <Root><Info>…</Info>…</Root> where Info holds either named child elements
// (<CVXCode>) or <Name>/<Value> pairs. Each record remembers the line it started on.
bool readXml(const QString &path, const QString &recordElement, QList<QPair<qint64, Record>> *records, QString *error)
{
    const QString file = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot open the file").arg(file);
        return false;
    }
    QXmlStreamReader xml(&f);
    Record current;
    qint64 line = 0;
    QString pendingName;
    bool inRecord = false;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const QString name = xml.name().toString();
            if (name == recordElement) {
                inRecord = true;
                current.clear();
                line = xml.lineNumber();
            } else if (inRecord && name == QLatin1String("Name")) {
                pendingName = xml.readElementText().trimmed();
            } else if (inRecord && name == QLatin1String("Value")) {
                if (pendingName.isEmpty()) {
                    *error = QStringLiteral("%1 line %2: <Value> without a <Name>").arg(file).arg(xml.lineNumber());
                    return false;
                }
                current.insert(pendingName, xml.readElementText().trimmed());
                pendingName.clear();
            } else if (inRecord) {
                current.insert(name, xml.readElementText().trimmed());
            }
        } else if (xml.isEndElement() && xml.name() == recordElement) {
            inRecord = false;
            records->append({line, current});
        }
    }
    if (xml.hasError()) {
        *error = QStringLiteral("%1 line %2: malformed XML: %3").arg(file).arg(xml.lineNumber()).arg(xml.errorString());
        return false;
    }
    if (records->isEmpty()) {
        *error = QStringLiteral("%1: no <%2> elements").arg(file, recordElement);
        return false;
    }
    return true;
}

// Builds a table from XML records; fields are (column, source name, required, date?).
struct Field
{
    const char *source;
    bool required;
    bool date;
};

std::optional<CodesetParser::Table> fromXml(const QString &path, const QString &recordElement, CodesetParser::Table table,
                                            const QList<Field> &fields, QString *error)
{
    QList<QPair<qint64, Record>> records;
    if (!readXml(path, recordElement, &records, error))
        return std::nullopt;
    const QString file = QFileInfo(path).fileName();
    for (const auto &[line, record] : std::as_const(records)) {
        QStringList row;
        for (const Field &field : fields) {
            const QString name = QLatin1String(field.source);
            QString value = record.value(name);
            if (field.required && value.isEmpty()) {
                *error = QStringLiteral("%1 line %2 <%3>: field %4 is missing or empty").arg(file).arg(line).arg(recordElement, name);
                return std::nullopt;
            }
            if (field.date) {
                const auto d = CodesetParser::usDate(value);
                if (!d) {
                    *error = QStringLiteral("%1 line %2 <%3>: field %4 is not a date M/D/YYYY").arg(file).arg(line).arg(recordElement, name);
                    return std::nullopt;
                }
                value = *d;
            }
            row << value;
        }
        table.rows << row;
    }
    return table;
}

std::optional<QList<QPair<qint64, QStringList>>> readPipes(const QString &path, int fieldCount, QString *error)
{
    const QString file = QFileInfo(path).fileName();
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = QStringLiteral("%1: cannot open the file").arg(file);
        return std::nullopt;
    }
    QList<QPair<qint64, QStringList>> rows;
    qint64 line = 0;
    while (!f.atEnd()) {
        QByteArray raw = f.readLine();
        ++line;
        while (raw.endsWith('\n') || raw.endsWith('\r'))
            raw.chop(1);
        if (raw.trimmed().isEmpty())
            continue;
        QStringList fields = QString::fromLatin1(raw).split(QLatin1Char('|'));
        if (fields.size() != fieldCount) {
            *error = QStringLiteral("%1 line %2: expected %3 fields, found %4").arg(file).arg(line).arg(fieldCount).arg(fields.size());
            return std::nullopt;
        }
        for (QString &field : fields)
            field = field.trimmed();
        rows.append({line, fields});
    }
    return rows;
}

bool checkField(const QString &file, qint64 line, const char *name, const QString &value, const QRegularExpression &re,
                QString *error)
{
    if (re.match(value).hasMatch())
        return true;
    *error = QStringLiteral("%1 line %2: field %3 is not valid").arg(file).arg(line).arg(QLatin1String(name));
    return false;
}

const QRegularExpression &ndc11Re()
{
    static const QRegularExpression re(QStringLiteral("^\\d{4,5}-\\d{3,4}-\\d{1,2}$"));
    return re;
}

const QRegularExpression &cvxOrEmptyRe()
{
    static const QRegularExpression re(QStringLiteral("^\\d{0,3}$"));
    return re;
}

std::optional<CodesetParser::Table> ndc(const QString &path, const QString &kind, int fieldCount, int cvxAt, int ndcAt,
                                        int updatedAt, QString *error)
{
    const auto rows = readPipes(path, fieldCount, error);
    if (!rows)
        return std::nullopt;
    CodesetParser::Table t{QStringLiteral("code_ndc"), {QStringLiteral("kind"), QStringLiteral("ndc_id")},
                           {QStringLiteral("ndc11"), QStringLiteral("proprietary_name"), QStringLiteral("labeler_name"),
                            QStringLiteral("cvx"), QStringLiteral("start_date"), QStringLiteral("end_date"), QStringLiteral("last_updated")},
                           -1, {}, true, kind == QLatin1String("sale") ? QStringLiteral("NDC unit of sale") : QStringLiteral("NDC unit of use")};
    t.scope = QStringLiteral("kind = '%1'").arg(kind);
    const QString file = QFileInfo(path).fileName();
    static const QRegularExpression idRe(QStringLiteral("^\\d+$"));
    static const QRegularExpression dateRe(QStringLiteral("^(\\d{8})?$"));
    for (const auto &[line, f] : *rows) {
        if (!checkField(file, line, "id", f.at(0), idRe, error) || !checkField(file, line, "NDC11", f.at(ndcAt), ndc11Re(), error)
            || !checkField(file, line, "CVX", f.at(cvxAt), cvxOrEmptyRe(), error)
            || !checkField(file, line, "start date", f.at(7), dateRe, error) || !checkField(file, line, "end date", f.at(8), dateRe, error))
            return std::nullopt;
        t.rows << QStringList{kind, f.at(0), f.at(ndcAt), f.at(4), f.at(6), f.at(cvxAt), f.at(7), f.at(8), f.at(updatedAt)};
    }
    return t;
}

} // namespace

std::optional<QString> CodesetParser::usDate(const QString &text)
{
    if (text.isEmpty())
        return QString();
    const QDate d = QDate::fromString(text, QStringLiteral("M/d/yyyy"));
    if (!d.isValid())
        return std::nullopt;
    return d.toString(Qt::ISODate);
}

std::optional<CodesetParser::Table> CodesetParser::cvx(const QString &path, QString *error)
{
    Table t{QStringLiteral("code_cvx"), {QStringLiteral("code")},
            {QStringLiteral("short_description"), QStringLiteral("full_name"), QStringLiteral("status"), QStringLiteral("notes"),
             QStringLiteral("last_updated")}, 2, {}, false, QStringLiteral("CVX")};
    return fromXml(path, QStringLiteral("CVXInfo"), t,
                   {{"CVXCode", true, false}, {"ShortDescription", true, false}, {"FullVaccinename", false, false},
                    {"Status", true, false}, {"Notes", false, false}, {"LastUpdated", false, true}}, error);
}

std::optional<CodesetParser::Table> CodesetParser::mvx(const QString &path, QString *error)
{
    Table t{QStringLiteral("code_mvx"), {QStringLiteral("code")},
            {QStringLiteral("name"), QStringLiteral("status"), QStringLiteral("notes"), QStringLiteral("last_updated")}, 1, {}, false,
            QStringLiteral("MVX")};
    return fromXml(path, QStringLiteral("MVXInfo"), t,
                   {{"MVX_CODE", true, false}, {"Manufacturer Name", true, false}, {"Status", true, false}, {"Notes", false, false},
                    {"Last Updated", false, true}}, error);
}

std::optional<CodesetParser::Table> CodesetParser::cpt(const QString &path, QString *error)
{
    Table t{QStringLiteral("code_cpt"), {QStringLiteral("code")},
            {QStringLiteral("description"), QStringLiteral("cvx"), QStringLiteral("vaccine_name"), QStringLiteral("status"),
             QStringLiteral("last_updated")}, -1, {}, true, QStringLiteral("CPT")};
    return fromXml(path, QStringLiteral("CPTInfo"), t,
                   {{"CPT Code", true, false}, {"CPT Desc", true, false}, {"CVX Code", false, false}, {"Vaccine Name", false, false},
                    {"Status", false, false}, {"LastUpdated", false, true}}, error);
}

std::optional<CodesetParser::Table> CodesetParser::vaccineGroups(const QString &path, QString *error)
{
    Table t{QStringLiteral("code_vaccine_groups"), {QStringLiteral("cvx"), QStringLiteral("group_name")},
            {QStringLiteral("group_cvx")}, -1, {}, true, QStringLiteral("vaccine groups")};
    return fromXml(path, QStringLiteral("CVXVGInfo"), t,
                   {{"CVXCode", true, false}, {"Vaccine Group Name", true, false}, {"CVX for Vaccine Group", false, false}}, error);
}

std::optional<CodesetParser::Table> CodesetParser::ndcSale(const QString &path, QString *error)
{
    return ndc(path, QStringLiteral("sale"), 16, 12, 14, 11, error);
}

std::optional<CodesetParser::Table> CodesetParser::ndcUse(const QString &path, QString *error)
{
    return ndc(path, QStringLiteral("use"), 17, 11, 14, 15, error);
}

std::optional<CodesetParser::Table> CodesetParser::ndcLinker(const QString &path, QString *error)
{
    const auto rows = readPipes(path, 4, error);
    if (!rows)
        return std::nullopt;
    Table t{QStringLiteral("code_ndc_links"), {QStringLiteral("linker_id")},
            {QStringLiteral("sale_id"), QStringLiteral("use_id"), QStringLiteral("mvx")}, -1, {}, true, QStringLiteral("NDC linker")};
    const QString file = QFileInfo(path).fileName();
    static const QRegularExpression idRe(QStringLiteral("^\\d+$"));
    for (const auto &[line, f] : *rows) {
        if (!checkField(file, line, "linker id", f.at(0), idRe, error) || !checkField(file, line, "unit-of-sale id", f.at(1), idRe, error)
            || !checkField(file, line, "unit-of-use id", f.at(2), idRe, error))
            return std::nullopt;
        t.rows << f;
    }
    return t;
}

} // namespace izdesk::server
