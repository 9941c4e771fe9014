#include "hl7/codetables.h"

#include "codesets/codesetparser.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace izdesk::server::hl7 {

namespace {

QDate compactDate(const QString &text)
{
    const QString t = text.trimmed();
    if (t.size() >= 10 && t.at(4) == u'-')
        return QDate::fromString(t.left(10), Qt::ISODate);
    return QDate::fromString(t.left(8), u"yyyyMMdd"_s);
}

CodeTables::Status statusFrom(const QString &s)
{
    if (s.compare(u"Deprecated"_s, Qt::CaseInsensitive) == 0)
        return CodeTables::Status::Deprecated;
    if (s.compare(u"Invalid"_s, Qt::CaseInsensitive) == 0)
        return CodeTables::Status::Invalid;
    return CodeTables::Status::Valid; // Valid, and "Ignored" (accepted, not used)
}

struct TableType
{
    const char *table;
    const char *type;
};

// HL7 table ids (and the CDC value set names) the checker asks for, and the codeset each is.
constexpr TableType kTableTypes[] = {
    {"0001", "PATIENT_SEX"},
    {"0005", "PATIENT_RACE"},
    {"CDCREC", "PATIENT_RACE"},
    {"0063", "PERSON_RELATIONSHIP"},
    {"0064", "FINANCIAL_STATUS_CODE"},
    {"0103", "MESSAGE_PROCESSING_ID"},
    {"0119", "VACCINATION_ORDER_CONTROL_CODE"},
    {"0136", "PATIENT_PROTECTION"},
    {"0155", "ACKNOWLEDGEMENT_TYPE"},
    {"0162", "BODY_ROUTE"},
    {"0163", "BODY_SITE"},
    {"0189", "PATIENT_ETHNICITY"},
    {"0190", "ADDRESS_TYPE"},
    {"0200", "PERSON_NAME_TYPE"},
    {"0201", "TELECOMMUNICATION_USE"},
    {"0202", "TELECOMMUNICATION_EQUIPMENT"},
    {"0203", "ID_TYPE_CODE"},
    {"0215", "PATIENT_PUBLICITY"},
    {"0322", "VACCINATION_COMPLETION"},
    {"0323", "VACCINATION_ACTION_CODE"},
    {"0396", "HL7_CODING_SYSTEM"},
    {"NIP001", "VACCINATION_INFORMATION_SOURCE"},
    {"NIP002", "VACCINATION_REFUSAL"},
    {"NIP003", "OBSERVATION_IDENTIFIER"},
    {"CDCPHINVS", "VACCINATION_FUNDING_SOURCE"},
    {"UCUM", "ADMINISTRATION_UNIT"},
    {"FUNDING_ELIGIBILITY_OBS_METHOD", "FINANCIAL_STATUS_OBS_METHOD"},
};

} // namespace

QString normalizeNdc(const QString &code)
{
    const QString t = code.trimmed();
    const QStringList parts = t.split(u'-');
    if (parts.size() == 3) {
        static const int widths[] = {5, 4, 2};
        QString out;
        for (int i = 0; i < 3; ++i) {
            const QString &p = parts.at(i);
            if (p.isEmpty() || p.size() > widths[i])
                return {};
            for (QChar c : p)
                if (!c.isDigit())
                    return {};
            out += QString(widths[i] - p.size(), u'0') + p;
        }
        return out;
    }
    for (QChar c : t)
        if (!c.isDigit())
            return {};
    return t.size() == 11 ? t : QString();
}

QString CodeTables::typeForTable(const QString &table)
{
    for (const TableType &t : kTableTypes)
        if (table == QLatin1String(t.table))
            return QLatin1String(t.type);
    return {};
}

bool CodeTables::loadValueSet(const QByteArray &xml, const QString &file, QString *error)
{
    QXmlStreamReader r(xml);
    QString type;
    QHash<QString, Value> codes;
    Value current;
    bool inCode = false;
    int depth = 0;
    while (!r.atEnd()) {
        r.readNext();
        if (r.isStartElement()) {
            ++depth;
            const auto name = r.name();
            if (depth == 1 && name != "codeset"_L1) {
                *error = u"%1 line %2: the root element must be <codeset>"_s.arg(file).arg(r.lineNumber());
                return false;
            }
            if (depth == 2 && name == "type"_L1) {
                type = r.readElementText().trimmed();
                --depth;
            } else if (depth == 2 && name == "code"_L1) {
                inCode = true;
                current = Value{};
            } else if (inCode && depth == 3 && name == "value"_L1) {
                current.code = r.readElementText().trimmed();
                --depth;
            } else if (inCode && depth == 3 && name == "label"_L1) {
                current.label = r.readElementText().trimmed();
                --depth;
            } else if (inCode && name == "status"_L1) {
                current.status = statusFrom(r.readElementText().trimmed());
                --depth;
            } else if (inCode && name == "link-to"_L1) {
                const QString set = r.attributes().value("codeset"_L1).toString();
                current.links << set + u':' + r.readElementText().trimmed();
                --depth;
            }
        } else if (r.isEndElement()) {
            if (inCode && depth == 2 && r.name() == "code"_L1) {
                inCode = false;
                if (current.code.isEmpty()) {
                    *error = u"%1 line %2: <code> without a <value>"_s.arg(file).arg(r.lineNumber());
                    return false;
                }
                // A code listed twice keeps its first (valid) entry.
                if (!codes.contains(current.code))
                    codes.insert(current.code, current);
            }
            --depth;
        }
    }
    if (r.hasError()) {
        *error = u"%1 line %2: malformed XML: %3"_s.arg(file).arg(r.lineNumber()).arg(r.errorString());
        return false;
    }
    if (type.isEmpty()) {
        *error = u"%1: the codeset has no <type>"_s.arg(file);
        return false;
    }
    m_sets.insert(type, codes);
    return true;
}

bool CodeTables::loadValueSets(const QString &dir, QString *error)
{
    const QDir d(dir);
    const QStringList files = d.entryList({u"*.xml"_s}, QDir::Files, QDir::Name);
    if (files.isEmpty()) {
        *error = u"%1: no value set files (*.xml)"_s.arg(dir);
        return false;
    }
    for (const QString &name : files) {
        QFile f(d.filePath(name));
        if (!f.open(QIODevice::ReadOnly)) {
            *error = u"%1: cannot open the file"_s.arg(name);
            return false;
        }
        if (!loadValueSet(f.readAll(), name, error))
            return false;
    }
    return true;
}

bool CodeTables::loadBuiltInValueSets(QString *error)
{
    return loadValueSets(u":/izdesk/hl7-tables"_s, error);
}

bool CodeTables::loadCdcFiles(const QString &dir, QString *error)
{
    const QDir d(dir);
    const auto cvxTable = CodesetParser::cvx(d.filePath(u"cvx.xml"_s), error);
    if (!cvxTable)
        return false;
    // code, short_description, full_name, status, notes, last_updated
    for (const QStringList &row : cvxTable->rows)
        m_cvx.insert(row.at(0), Cvx{row.at(0), row.at(1), row.at(3), {}, {}});
    const auto present = [&](const QString &name) { return QFileInfo::exists(d.filePath(name)); };
    if (present(u"mvx.xml"_s)) {
        const auto t = CodesetParser::mvx(d.filePath(u"mvx.xml"_s), error);
        if (!t)
            return false;
        for (const QStringList &row : t->rows) // code, name, status, notes, last_updated
            m_mvx.insert(row.at(0), Mvx{row.at(0), row.at(1), row.at(2)});
    }
    if (present(u"cpt.xml"_s)) {
        const auto t = CodesetParser::cpt(d.filePath(u"cpt.xml"_s), error);
        if (!t)
            return false;
        for (const QStringList &row : t->rows) // code, description, cvx, vaccine_name, status, last_updated
            m_cpt.insert(row.at(0), Cpt{row.at(0), row.at(2), row.at(4)});
    }
    QHash<QString, QString> saleCvx; // ndc_id → cvx
    for (const QString &kind : {u"sale"_s, u"use"_s}) {
        const QString name = kind == u"sale"_s ? u"NDC_Unit_sale.txt"_s : u"NDC_Unit_use.txt"_s;
        if (!present(name))
            continue;
        const auto t = kind == u"sale"_s ? CodesetParser::ndcSale(d.filePath(name), error)
                                         : CodesetParser::ndcUse(d.filePath(name), error);
        if (!t)
            return false;
        // kind, ndc_id, ndc11, proprietary_name, labeler_name, cvx, start_date, end_date, last_updated
        for (const QStringList &row : t->rows) {
            const QString key = normalizeNdc(row.at(2));
            if (key.isEmpty())
                continue;
            addNdc(key, Ndc{row.at(2), row.at(5), {}, row.at(3), compactDate(row.at(6)), compactDate(row.at(7))});
            if (kind == u"sale"_s)
                saleCvx.insert(row.at(1), row.at(5));
        }
    }
    if (present(u"NDC_Linker.txt"_s)) {
        const auto t = CodesetParser::ndcLinker(d.filePath(u"NDC_Linker.txt"_s), error);
        if (!t)
            return false;
        for (const QStringList &row : t->rows) { // linker_id, sale_id, use_id, mvx
            const QString cvx = saleCvx.value(row.at(1));
            if (!cvx.isEmpty() && !row.at(3).isEmpty())
                m_cvxMvx[cvx].insert(row.at(3));
        }
    }
    deriveCvxDates();
    return true;
}

bool CodeTables::loadFromDatabase(QSqlDatabase db, QString *error)
{
    QSqlQuery q(db);
    const auto run = [&](const QString &sql) {
        if (q.exec(sql))
            return true;
        *error = u"reading the code sets: %1"_s.arg(q.lastError().text());
        return false;
    };
    if (!run(u"SELECT code, short_description, status FROM code_cvx"_s))
        return false;
    while (q.next())
        m_cvx.insert(q.value(0).toString(),
                     Cvx{q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), {}, {}});
    if (!run(u"SELECT code, name, status FROM code_mvx"_s))
        return false;
    while (q.next())
        m_mvx.insert(q.value(0).toString(), Mvx{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    if (!run(u"SELECT code, cvx, status FROM code_cpt"_s))
        return false;
    while (q.next())
        m_cpt.insert(q.value(0).toString(), Cpt{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    if (!run(u"SELECT ndc11, cvx, proprietary_name, start_date, end_date FROM code_ndc"_s))
        return false;
    while (q.next()) {
        const QString key = normalizeNdc(q.value(0).toString());
        if (!key.isEmpty())
            addNdc(key, Ndc{q.value(0).toString(),
                            q.value(1).toString(),
                            {},
                            q.value(2).toString(),
                            compactDate(q.value(3).toString()),
                            compactDate(q.value(4).toString())});
    }
    if (!run(
            u"SELECT n.cvx, l.mvx FROM code_ndc_links l JOIN code_ndc n ON n.kind = 'sale' AND n.ndc_id = l.sale_id"_s))
        return false;
    while (q.next())
        if (!q.value(0).toString().isEmpty() && !q.value(1).toString().isEmpty())
            m_cvxMvx[q.value(0).toString()].insert(q.value(1).toString());
    deriveCvxDates();
    return true;
}

void CodeTables::addNdc(const QString &key, Ndc ndc)
{
    const QString code = ndc.cvx.trimmed();
    const auto it = m_ndc.find(key);
    if (it == m_ndc.end()) {
        if (!code.isEmpty())
            ndc.cvxCodes << code;
        m_ndc.insert(key, std::move(ndc));
        return;
    }
    if (!code.isEmpty() && !it->cvxCodes.contains(code))
        it->cvxCodes << code;
}

void CodeTables::deriveCvxDates()
{
    // Older products and past flu seasons are missing from the NDC files: a first date only after 2015.
    static const QDate reliableFrom(2015, 1, 1);
    QHash<QString, QDate> first, last;
    QSet<QString> open;
    for (const Ndc &n : std::as_const(m_ndc)) {
        const Cvx *c = cvx(n.cvx);
        if (!c || !n.start.isValid())
            continue;
        QDate &f = first[c->code];
        if (!f.isValid() || n.start < f)
            f = n.start;
        if (!n.end.isValid())
            open.insert(c->code);
        else if (!last.value(c->code).isValid() || n.end > last.value(c->code))
            last[c->code] = n.end;
    }
    for (auto it = m_cvx.begin(); it != m_cvx.end(); ++it) {
        if (!it->usableFrom.isValid() && first.value(it.key()) >= reliableFrom)
            it->usableFrom = first.value(it.key());
        if (!it->usableTo.isValid() && !open.contains(it.key()) && last.value(it.key()).isValid())
            it->usableTo = last.value(it.key());
    }
}

void CodeTables::setCvxUsableDates(const QString &cvx, const QDate &from, const QDate &to)
{
    const auto it = m_cvx.find(cvx);
    if (it == m_cvx.end())
        return;
    it->usableFrom = from;
    it->usableTo = to;
}

const CodeTables::Cvx *CodeTables::cvx(const QString &code) const
{
    const auto it = m_cvx.constFind(code.trimmed());
    if (it != m_cvx.constEnd())
        return &*it;
    // "3" and "03" are the same CVX.
    bool numeric = false;
    const int n = code.trimmed().toInt(&numeric);
    if (numeric && n < 10) {
        const auto padded = m_cvx.constFind(QString::number(n).rightJustified(2, u'0'));
        if (padded != m_cvx.constEnd())
            return &*padded;
    }
    return nullptr;
}

const CodeTables::Mvx *CodeTables::mvx(const QString &code) const
{
    const auto it = m_mvx.constFind(code.trimmed().toUpper());
    return it == m_mvx.constEnd() ? nullptr : &*it;
}

const CodeTables::Cpt *CodeTables::cpt(const QString &code) const
{
    const auto it = m_cpt.constFind(code.trimmed());
    return it == m_cpt.constEnd() ? nullptr : &*it;
}

const CodeTables::Ndc *CodeTables::ndc(const QString &code) const
{
    const QString key = normalizeNdc(code);
    if (!key.isEmpty()) {
        const auto it = m_ndc.constFind(key);
        return it == m_ndc.constEnd() ? nullptr : &*it;
    }
    // Ten digits without dashes: try the three ways of padding to 11.
    const QString t = code.trimmed();
    if (t.size() != 10)
        return nullptr;
    for (QChar c : t)
        if (!c.isDigit())
            return nullptr;
    const QString forms[] = {u'0' + t, t.left(5) + u'0' + t.mid(5), t.left(9) + u'0' + t.mid(9)};
    for (const QString &f : forms) {
        const auto it = m_ndc.constFind(f);
        if (it != m_ndc.constEnd())
            return &*it;
    }
    return nullptr;
}

QSet<QString> CodeTables::mvxForCvx(const QString &cvx) const
{
    return m_cvxMvx.value(cvx.trimmed());
}

const QHash<QString, CodeTables::Value> *CodeTables::valueSet(const QString &table) const
{
    QString type = typeForTable(table);
    if (type.isEmpty())
        type = table;
    const auto it = m_sets.constFind(type);
    return it == m_sets.constEnd() ? nullptr : &*it;
}

const CodeTables::Value *CodeTables::value(const QString &table, const QString &code) const
{
    const auto *set = valueSet(table);
    if (!set)
        return nullptr;
    const auto it = set->constFind(code);
    return it == set->constEnd() ? nullptr : &*it;
}

} // namespace izdesk::server::hl7
