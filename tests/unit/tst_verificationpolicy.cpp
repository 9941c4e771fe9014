// The verification policy as data: the shipped default parses, every caller type's rules give
// the right outcome for every combination that matters, and each kind of bad policy file is
// refused with a message that names where and what.

#include "verification/verificationpolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using izdesk::VerificationPolicy;
using R = VerificationPolicy::Result;
using O = VerificationPolicy::Outcome;

Q_DECLARE_METATYPE(VerificationPolicy::Outcome)

class TstVerificationPolicy : public QObject
{
    Q_OBJECT

private slots:
    void builtInParses();
    void evaluate_data();
    void evaluate();
    void releaseMethodsFollowProtection_data();
    void releaseMethodsFollowProtection();
    void badFiles_data();
    void badFiles();
    void ageInYears();
};

namespace {

// "full_name=match,birth_date=no_match" → results
QHash<QString, R> results(const QString &spec)
{
    QHash<QString, R> out;
    for (const QString &part : spec.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        const QStringList kv = part.split(QLatin1Char('='));
        out.insert(kv.at(0), *VerificationPolicy::parseResult(kv.at(1)));
    }
    return out;
}

QStringList list(const char *words)
{
    return QString::fromLatin1(words).split(QLatin1Char(' '), Qt::SkipEmptyParts);
}

QJsonObject defaultJson()
{
    return QJsonDocument::fromJson(VerificationPolicy::builtInJson()).object();
}

QByteArray withChange(const std::function<void(QJsonObject &)> &change)
{
    QJsonObject json = defaultJson();
    change(json);
    return QJsonDocument(json).toJson();
}

QJsonObject callerType(const QJsonObject &json, int i)
{
    return json.value(QStringLiteral("caller_types")).toArray().at(i).toObject();
}

void setCallerType(QJsonObject &json, int i, const QJsonObject &type)
{
    QJsonArray types = json.value(QStringLiteral("caller_types")).toArray();
    types.replace(i, type);
    json.insert(QStringLiteral("caller_types"), types);
}

// Each caller type's rules on the answers that matter: the answers so far ("factor=result,…"),
// the patient's age (-1: not known yet), and the outcome, its reason and the factors still
// to ask (space-separated).
struct EvaluateCase
{
    const char *row, *type, *given;
    int age;
    O outcome;
    const char *reason, *remaining;
};

const EvaluateCase evaluateCases[] = {
    // self: all_of + one_of
    {"self: nothing yet", "self", "", 30, O::InProgress, "", "full_name birth_date address phone mother_maiden_name"},
    {"self: all_of only", "self", "full_name=match,birth_date=match", 30, O::InProgress, "",
     "address phone mother_maiden_name"},
    {"self: all_of + address", "self", "full_name=match,birth_date=match,address=match", 30, O::Verified, "", ""},
    {"self: one_of first, then all_of pending", "self", "phone=match", 30, O::InProgress, "", "full_name birth_date"},
    {"self: name no match fails at once", "self", "full_name=no_match", 30, O::Failed, "no_match:full_name", ""},
    {"self: dob no match fails", "self", "full_name=match,birth_date=no_match", 30, O::Failed, "no_match:birth_date",
     ""},
    {"self: one_of misses continue", "self", "full_name=match,birth_date=match,address=no_match,phone=no_match", 30,
     O::InProgress, "", "mother_maiden_name"},
    {"self: one_of exhausted", "self",
     "full_name=match,birth_date=match,address=no_match,phone=no_match,mother_maiden_name=no_match", 30, O::Failed,
     "one_of_exhausted", ""},
    {"self: second one_of matches", "self",
     "full_name=match,birth_date=match,address=no_match,mother_maiden_name=match", 30, O::Verified, "", ""},
    {"self: minor → age rule", "self", "full_name=match,birth_date=match,phone=match", 7, O::Failed, "age_rule", ""},
    {"self: 18 today is adult", "self", "full_name=match,birth_date=match,phone=match", 18, O::Verified, "", ""},
    {"self: age unknown is not checked early", "self", "full_name=match", 7, O::InProgress, "",
     "birth_date address phone mother_maiden_name"},
    // guardian: all_of + one_of + any_of_groups
    {"guardian: evidence but no guardian proof", "guardian", "full_name=match,birth_date=match,address=match", 5,
     O::InProgress, "", "guardian_listed custody_document"},
    {"guardian: listed", "guardian", "full_name=match,birth_date=match,address=match,guardian_listed=match", 5,
     O::Verified, "", ""},
    {"guardian: not listed, custody document attested", "guardian",
     "full_name=match,birth_date=match,phone=match,guardian_listed=no_match,custody_document=attested", 5, O::Verified,
     "", ""},
    {"guardian: group exhausted", "guardian",
     "full_name=match,birth_date=match,phone=match,guardian_listed=no_match,custody_document=not_attested", 5,
     O::Failed, "any_of_group_exhausted", ""},
    {"guardian: adult patient → age rule", "guardian",
     "full_name=match,birth_date=match,phone=match,guardian_listed=match", 25, O::Failed, "age_rule", ""},
    {"guardian: 17 is still a minor", "guardian", "full_name=match,birth_date=match,phone=match,guardian_listed=match",
     17, O::Verified, "", ""},
    // provider: all_of only, with an attested call-back
    {"provider: username + code, no call-back yet", "provider", "iis_username=match,facility_code=match", -1,
     O::InProgress, "", "facility_callback"},
    {"provider: call-back placed", "provider", "iis_username=match,facility_code=match,facility_callback=attested", -1,
     O::Verified, "", ""},
    {"provider: call-back not placed", "provider",
     "iis_username=match,facility_code=match,facility_callback=not_attested", -1, O::Failed,
     "no_match:facility_callback", ""},
    {"provider: unknown user", "provider", "iis_username=no_match", -1, O::Failed, "no_match:iis_username", ""},
    // school
    {"school: verified", "school", "iis_username=match,school_code=match", -1, O::Verified, "", ""},
    {"school: wrong school", "school", "iis_username=match,school_code=no_match", -1, O::Failed, "no_match:school_code",
     ""},
    // other: referred at once
    {"other: referred", "other", "", -1, O::Referred, "caller_type_referral", ""},
    {"unknown caller type", "nobody", "", -1, O::Failed, "unknown_caller_type", ""},
};

} // namespace

void TstVerificationPolicy::builtInParses()
{
    QString error;
    const auto policy = VerificationPolicy::fromBytes(VerificationPolicy::builtInJson(), &error);
    QVERIFY2(policy, qPrintable(error));
    QCOMPARE(policy->windowMinutes(), 30);
    QCOMPARE(policy->maxFailedAttemptsPerDay(), 3);
    QCOMPARE(policy->callerTypes().size(), 5);
    QCOMPARE(policy->callerType(QStringLiteral("guardian"))->anyOfGroups.size(), 1);
    QCOMPARE(policy->callerType(QStringLiteral("school"))->requiredRole, QStringLiteral("school_user"));
    QCOMPARE(policy->factor(QStringLiteral("facility_callback"))->input, QStringLiteral("attest"));
    QCOMPARE(policy->protectedRule(QStringLiteral("sharing_lock")), QStringLiteral("refer"));
    // The JSON served to the client wizard is the file itself.
    QCOMPARE(policy->toJson(), defaultJson());
}

void TstVerificationPolicy::evaluate_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<QString>("given");
    QTest::addColumn<int>("age"); // -1 = not known yet
    QTest::addColumn<O>("outcome");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<QStringList>("remaining");
    for (const EvaluateCase &c : evaluateCases)
        QTest::newRow(c.row) << QString::fromUtf8(c.type) << QString::fromUtf8(c.given) << c.age << c.outcome
                             << QString::fromUtf8(c.reason) << list(c.remaining);
}

void TstVerificationPolicy::evaluate()
{
    QFETCH(QString, type);
    QFETCH(QString, given);
    QFETCH(int, age);
    QFETCH(O, outcome);
    QFETCH(QString, reason);
    QFETCH(QStringList, remaining);
    const auto ev = VerificationPolicy::builtIn().evaluate(type, results(given),
                                                           age < 0 ? std::nullopt : std::optional<int>(age));
    QCOMPARE(VerificationPolicy::outcomeName(ev.outcome), VerificationPolicy::outcomeName(outcome));
    QCOMPARE(ev.reason, reason);
    QCOMPARE(ev.remaining, remaining);
}

void TstVerificationPolicy::releaseMethodsFollowProtection_data()
{
    QTest::addColumn<QString>("type");
    QTest::addColumn<bool>("sharingLock");
    QTest::addColumn<bool>("protection");
    QTest::addColumn<QStringList>("methods");
    QTest::newRow("self") << "self" << false << false << list("read mail print");
    QTest::newRow("self, protection → mail only") << "self" << false << true << list("mail");
    QTest::newRow("self, sharing lock → refer") << "self" << true << false << QStringList{};
    QTest::newRow("provider") << "provider" << false << false << list("read fax print");
    QTest::newRow("provider, protection → nothing by phone or fax") << "provider" << false << true << QStringList{};
    QTest::newRow("school") << "school" << false << false << list("read");
    QTest::newRow("other") << "other" << false << false << QStringList{};
}

void TstVerificationPolicy::releaseMethodsFollowProtection()
{
    QFETCH(QString, type);
    QFETCH(bool, sharingLock);
    QFETCH(bool, protection);
    QFETCH(QStringList, methods);
    QCOMPARE(VerificationPolicy::builtIn().releaseMethods(type, sharingLock, protection), methods);
}

void TstVerificationPolicy::badFiles_data()
{
    QTest::addColumn<QByteArray>("file");
    QTest::addColumn<QString>("message");
    QTest::newRow("syntax: line and column") << QByteArray("{\n  \"version\": 1,\n  \"window_minutes\" 30\n}")
                                             << "3:21: JSON syntax error: missing name separator";
    QTest::newRow("not an object") << QByteArray("[1, 2]") << "1:1: the policy must be a JSON object";
    QTest::newRow("unknown factor in a rule") << withChange([](QJsonObject &j) {
        QJsonObject t = callerType(j, 2);
        t.insert(QStringLiteral("all_of"), QJsonArray{QStringLiteral("iis_username"), QStringLiteral("adress")});
        setCallerType(j, 2, t);
    }) << "caller_types[2].all_of[1]: unknown factor \"adress\" (declare it under \"factors\")";
    QTest::newRow("one_of unknown factor") << withChange([](QJsonObject &j) {
        QJsonObject t = callerType(j, 0);
        t.insert(QStringLiteral("one_of"), QJsonArray{QStringLiteral("adress")});
        setCallerType(j, 0, t);
    }) << "caller_types[0].one_of[0]: unknown factor \"adress\"";
    QTest::newRow("factor the server cannot check") << withChange([](QJsonObject &j) {
        QJsonObject f = j.value(QStringLiteral("factors")).toObject();
        f.insert(QStringLiteral("shoe_size"), QJsonObject{{QStringLiteral("label"), QStringLiteral("Shoe")},
                                                          {QStringLiteral("input"), QStringLiteral("text")}});
        j.insert(QStringLiteral("factors"), f);
    }) << "factors.shoe_size: unknown factor (the server can check: ";
    QTest::newRow("wrong input for a factor") << withChange([](QJsonObject &j) {
        QJsonObject f = j.value(QStringLiteral("factors")).toObject();
        f.insert(QStringLiteral("birth_date"), QJsonObject{{QStringLiteral("label"), QStringLiteral("DOB")},
                                                           {QStringLiteral("input"), QStringLiteral("text")}});
        j.insert(QStringLiteral("factors"), f);
    }) << "factors.birth_date.input: must be \"date\" for this factor, got \"text\"";
    QTest::newRow("bad type: window") << withChange([](QJsonObject &j) {
        j.insert(QStringLiteral("window_minutes"), QStringLiteral("30"));
    }) << "window_minutes: must be a whole number from 1 to 1440";
    QTest::newRow("bad type: all_of") << withChange([](QJsonObject &j) {
        QJsonObject t = callerType(j, 0);
        t.insert(QStringLiteral("all_of"), QStringLiteral("full_name"));
        setCallerType(j, 0, t);
    }) << "caller_types[0].all_of: must be a list of factor names";
    QTest::newRow("bad value: release method") << withChange([](QJsonObject &j) {
        QJsonObject t = callerType(j, 1);
        t.insert(QStringLiteral("release"), QJsonArray{QStringLiteral("read"), QStringLiteral("email")});
        setCallerType(j, 1, t);
    }) << "caller_types[1].release[1]: must be one of read, mail, fax, print, got \"email\"";
    QTest::newRow("missing: max failures")
        << withChange([](QJsonObject &j) { j.remove(QStringLiteral("max_failed_attempts_per_day")); })
        << "max_failed_attempts_per_day: missing";
    QTest::newRow("missing: scope") << withChange([](QJsonObject &j) {
        QJsonObject t = callerType(j, 3);
        t.remove(QStringLiteral("scope"));
        setCallerType(j, 3, t);
    }) << "caller_types[3].scope: missing";
    QTest::newRow("missing: protected rule") << withChange([](QJsonObject &j) {
        j.insert(QStringLiteral("protected_records"),
                 QJsonObject{{QStringLiteral("sharing_lock"), QStringLiteral("refer")}});
    }) << "protected_records.protection: missing";
    QTest::newRow("unknown key") << withChange([](QJsonObject &j) { j.insert(QStringLiteral("windows_minutes"), 30); })
                                 << "windows_minutes: unknown key";
    QTest::newRow("patient factor for a provider") << withChange([](QJsonObject &j) {
        QJsonObject t = callerType(j, 2);
        t.insert(QStringLiteral("all_of"), QJsonArray{QStringLiteral("iis_username"), QStringLiteral("birth_date")});
        setCallerType(j, 2, t);
    })
                                                   << "caller_types[2].all_of[1]: factor \"birth_date\" is checked "
                                                      "against patient, not the caller type's subject iis_user";
    QTest::newRow("duplicate caller type") << withChange([](QJsonObject &j) {
        QJsonObject t = callerType(j, 1);
        t.insert(QStringLiteral("id"), QStringLiteral("self"));
        setCallerType(j, 1, t);
    }) << "caller_types[1].id: \"self\" is used twice";
}

void TstVerificationPolicy::badFiles()
{
    QFETCH(QByteArray, file);
    QFETCH(QString, message);
    QString error;
    QVERIFY(!VerificationPolicy::fromBytes(file, &error));
    QVERIFY2(error.startsWith(message), qPrintable(error));
}

void TstVerificationPolicy::ageInYears()
{
    QCOMPARE(VerificationPolicy::ageInYears(QDate(2008, 11, 22), QDate(2026, 11, 22)), 18);
    QCOMPARE(VerificationPolicy::ageInYears(QDate(2008, 11, 23), QDate(2026, 11, 22)), 17);
    QCOMPARE(VerificationPolicy::ageInYears(QDate(2008, 12, 1), QDate(2026, 11, 22)), 17);
}

QTEST_GUILESS_MAIN(TstVerificationPolicy)
#include "tst_verificationpolicy.moc"
