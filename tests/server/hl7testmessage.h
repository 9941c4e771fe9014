#pragma once

// Builds HL7 ER7 test messages field by field (numbered as HL7 numbers them), starting from a
// clean VXU^V04 (Z22) that the checker must pass with zero findings, so each test changes one
// thing and names the field it changed.

#include <QByteArray>
#include <QList>
#include <QMap>

class TestMessage
{
public:
    struct Seg
    {
        QByteArray id;
        QMap<int, QByteArray> fields;
    };

    QList<Seg> segments;

    TestMessage &add(const QByteArray &id, const QMap<int, QByteArray> &fields)
    {
        segments.append(Seg{id, fields});
        return *this;
    }
    // The `occurrence`-th (0-based) segment with this id.
    Seg &seg(const QByteArray &id, int occurrence = 0)
    {
        for (Seg &s : segments)
            if (s.id == id && occurrence-- == 0)
                return s;
        qFatal("test message has no such segment");
    }
    TestMessage &set(const QByteArray &id, int field, const QByteArray &value, int occurrence = 0)
    {
        seg(id, occurrence).fields[field] = value;
        return *this;
    }
    TestMessage &clear(const QByteArray &id, int field, int occurrence = 0)
    {
        seg(id, occurrence).fields.remove(field);
        return *this;
    }
    TestMessage &remove(const QByteArray &id, int occurrence = 0)
    {
        for (qsizetype i = 0; i < segments.size(); ++i)
            if (segments.at(i).id == id && occurrence-- == 0) {
                segments.removeAt(i);
                break;
            }
        return *this;
    }
    // Inserts a segment after the `occurrence`-th segment `after`.
    TestMessage &insertAfter(const QByteArray &after, int occurrence, const QByteArray &id,
                             const QMap<int, QByteArray> &fields)
    {
        for (qsizetype i = 0; i < segments.size(); ++i)
            if (segments.at(i).id == after && occurrence-- == 0) {
                segments.insert(i + 1, Seg{id, fields});
                break;
            }
        return *this;
    }

    QByteArray er7() const
    {
        QByteArray out;
        for (const Seg &s : segments) {
            QByteArray line = s.id;
            const int last = s.fields.isEmpty() ? 0 : s.fields.lastKey();
            const int first = s.id == "MSH" ? 3 : 1;
            if (s.id == "MSH")
                line += "|^~\\&";
            for (int f = first; f <= last; ++f)
                line += '|' + s.fields.value(f);
            out += line + '\r';
        }
        return out;
    }

    // A newborn's hepatitis B dose given at the clinic (Engerix-B, CVX 08, NDC of the unit of
    // use, VFC Medicaid, public funding) and a historical DTaP.
    static TestMessage cleanVxu()
    {
        TestMessage m;
        m.add("MSH", {{3, "MYEHR"},
                      {4, "MYCLINIC^1234^DNS"},
                      {5, "MNIIS"},
                      {6, "MNIIS"},
                      {7, "20241015120000-0500"},
                      {9, "VXU^V04^VXU_V04"},
                      {10, "MSG00001"},
                      {11, "P"},
                      {12, "2.5.1"},
                      {15, "ER"},
                      {16, "AL"},
                      {21, "Z22^CDCPHINVS"}});
        m.add("PID", {{1, "1"},
                      {3, "PT12345^^^MYCLINIC^MR"},
                      {5, "DOE^JANE^ANN^^^^L"},
                      {6, "SMITH^MARY^^^^^M"},
                      {7, "20240101"},
                      {8, "F"},
                      {10, "2106-3^White^CDCREC"},
                      {11, "123 MAIN ST^^SAINT PAUL^MN^55101^USA^P"},
                      {13, "^PRN^PH^^^651^2345678"},
                      {22, "2186-5^Not Hispanic or Latino^CDCREC"},
                      {24, "N"},
                      {25, "1"}});
        m.add("PD1", {{11, "02^Reminder/Recall - any method^HL70215"},
                      {12, "N"},
                      {13, "20240101"},
                      {16, "A"},
                      {17, "20240101"},
                      {18, "20240101"}});
        m.add("NK1", {{1, "1"},
                      {2, "DOE^MARY^^^^^L"},
                      {3, "MTH^Mother^HL70063"},
                      {4, "123 MAIN ST^^SAINT PAUL^MN^55101^USA^P"},
                      {5, "^PRN^PH^^^651^2345678"}});
        m.add("ORC", {{1, "RE"}, {3, "IZ-783274^MYCLINIC"}});
        m.add("RXA", {{1, "0"},
                      {2, "1"},
                      {3, "20241015"},
                      {5, "08^Hep B, adolescent or pediatric^CVX^58160-0820-43^ENGERIX-B^NDC"},
                      {6, "0.5"},
                      {7, "mL^milliliters^UCUM"},
                      {9, "00^New immunization record^NIP001"},
                      {10, "7832-1^LEMON^MIKE^A"},
                      {11, "^^^MYCLINIC"},
                      {15, "Z0860BB"},
                      {16, "20251130"},
                      {17, "SKB^GlaxoSmithKline^MVX"},
                      {20, "CP"},
                      {21, "A"}});
        m.add("RXR", {{1, "C28161^Intramuscular^NCIT"}, {2, "RA^Right Arm^HL70163"}});
        m.add("OBX", {{1, "1"},
                      {2, "CE"},
                      {3, "64994-7^Vaccine funding program eligibility category^LN"},
                      {4, "1"},
                      {5, "V02^VFC eligible - Medicaid/Medicaid Managed Care^HL70064"},
                      {11, "F"},
                      {14, "20241015"},
                      {17, "VXC40^Eligibility captured at the immunization level^CDCPHINVS"}});
        m.add("OBX", {{1, "2"},
                      {2, "CE"},
                      {3, "30963-3^Vaccine funding source^LN"},
                      {4, "2"},
                      {5, "VXC50^Public^CDCPHINVS"},
                      {11, "F"},
                      {14, "20241015"}});
        m.add("ORC", {{1, "RE"}, {3, "9999^MYCLINIC"}});
        m.add("RXA", {{1, "0"},
                      {2, "1"},
                      {3, "20240301"},
                      {5, "20^DTaP^CVX"},
                      {6, "999"},
                      {9, "01^Historical information - source unspecified^NIP001"},
                      {20, "CP"},
                      {21, "A"}});
        return m;
    }

    // A Z44 query for a patient's history and forecast.
    static TestMessage cleanQbp()
    {
        TestMessage m;
        m.add("MSH", {{3, "MYEHR"},
                      {4, "MYCLINIC"},
                      {5, "MNIIS"},
                      {6, "MNIIS"},
                      {7, "20241015120000-0500"},
                      {9, "QBP^Q11^QBP_Q11"},
                      {10, "Q0001"},
                      {11, "P"},
                      {12, "2.5.1"},
                      {15, "ER"},
                      {16, "AL"},
                      {21, "Z44^CDCPHINVS"}});
        m.add("QPD", {{1, "Z44^Request Evaluated History and Forecast^CDCPHINVS"},
                      {2, "Q0001"},
                      {3, "PT12345^^^MYCLINIC^MR"},
                      {4, "DOE^JANE^ANN^^^^L"},
                      {6, "20240101"}});
        m.add("RCP", {{1, "I"}, {2, "1^RD&Records&HL70126"}});
        return m;
    }
};
