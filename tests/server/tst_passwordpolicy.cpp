// The password policy and the rate limits as rules, without a server: every rule of
// PasswordPolicy (length in characters, the shipped list of common passwords, the username,
// history and expiry messages), the temporary passwords it draws, the policy files of
// --password-policy and --rate-limits with their errors (file and key named), and the sliding
// window of RateLimiter.
#include "auth/passwordpolicy.h"
#include "http/ratelimiter.h"
#include "serverconfig.h"

#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using izdesk::server::CommandLine;
using izdesk::server::PasswordPolicy;
using izdesk::server::RateLimit;
using izdesk::server::RateLimiter;
using izdesk::server::RateLimitPolicy;
using Rule = PasswordPolicy::Rule;

namespace {

// The rule check() names for `password`, or "" when it passes.
QString brokenRule(const PasswordPolicy &policy, const QString &password, const QString &username = QStringLiteral("tina"))
{
    const auto violation = policy.check(password, username);
    if (!violation)
        return QString();
    // The message says which rule, in words and by key, and never quotes the password.
    if (!violation->message.contains(PasswordPolicy::ruleKey(violation->rule)) || violation->message.contains(password))
        return QStringLiteral("bad message: ") + violation->message;
    return PasswordPolicy::ruleKey(violation->rule);
}

PasswordPolicy policyFrom(const QByteArray &json)
{
    QString error;
    const auto policy = PasswordPolicy::fromJson(json, &error);
    if (!policy)
        qWarning("policy refused: %s", qPrintable(error));
    return policy.value_or(PasswordPolicy());
}

} // namespace

class TestPasswordPolicy : public QObject
{
    Q_OBJECT

private slots:
    void defaultsAreTheDocumentedOnes();
    void lengthCountsCharacters();
    void commonPasswordsAreRefusedWhateverTheirCase();
    void jurisdictionWordsJoinTheList();
    void usernameMayNotBeInThePassword();
    void goodPasswordsPass_data();
    void goodPasswordsPass();
    void historyAndExpiry();
    void temporaryPasswordsPassThePolicy();
    void policyFileErrorsNameTheKey_data();
    void policyFileErrorsNameTheKey();
    void commandLineNamesTheFile();
    void rateLimitFileErrorsNameTheKey_data();
    void rateLimitFileErrorsNameTheKey();
    void slidingWindowAllowsABurstThenOneAtATime();
};

void TestPasswordPolicy::defaultsAreTheDocumentedOnes()
{
    const PasswordPolicy &p = PasswordPolicy::defaults();
    QCOMPARE(p.minimumLength, 12);
    QCOMPARE(p.maximumLength, 128);
    QVERIFY(p.rejectCommon);
    QCOMPARE(p.history, 5);
    QCOMPARE(p.expiryDays, 90);
    // The shipped list (resources/passwords/common-passwords.txt) is built in whole.
    QCOMPARE(PasswordPolicy::commonPasswordCount(), 49233);
    QVERIFY(PasswordPolicy::isCommonPassword(QStringLiteral("123456")));
    QVERIFY(PasswordPolicy::isCommonPassword(QStringLiteral("Dragon")));
    QVERIFY(!PasswordPolicy::isCommonPassword(QStringLiteral("tawny owl ledger 47")));
    const RateLimitPolicy &r = RateLimitPolicy::defaults();
    QCOMPARE(r.signInPerUsername.maxRequests, 10);
    QCOMPARE(r.signInPerUsername.windowSeconds, 300);
    QCOMPARE(r.signInPerAddress.maxRequests, 60);
    QCOMPARE(r.patientSearchPerSession.maxRequests, 60);
    QCOMPARE(r.patientSearchPerSession.windowSeconds, 60);
}

void TestPasswordPolicy::lengthCountsCharacters()
{
    const PasswordPolicy &p = PasswordPolicy::defaults();
    QCOMPARE(brokenRule(p, QStringLiteral("owl-ledger1")), QStringLiteral("minimum_length")); // 11
    QCOMPARE(brokenRule(p, QStringLiteral("owl-ledger12")), QString());                      // 12
    QVERIFY(p.check(QStringLiteral("owl-ledger1"), QString())->message.contains(QStringLiteral("at least 12")));
    // Six emoji are twelve UTF-16 units but six characters.
    const QString emoji = QStringLiteral("\U0001F989\U0001F4D2\U0001F511\U0001F30A\U0001F3D4\U0001F56F");
    QCOMPARE(emoji.size(), 12);
    QCOMPARE(brokenRule(p, emoji), QStringLiteral("minimum_length"));
    QCOMPARE(brokenRule(p, emoji + emoji + QStringLiteral("!")), QString());
    QCOMPARE(brokenRule(p, QStringLiteral("ключ-от-архива-7")), QString());
    // Hashing a password is bounded: at most 128 characters by default, as configured.
    QCOMPARE(brokenRule(p, QString(128, QLatin1Char('x')).replace(5, 3, QStringLiteral("owl"))), QString());
    QCOMPARE(brokenRule(p, QString(129, QLatin1Char('x')).replace(5, 3, QStringLiteral("owl"))),
             QStringLiteral("maximum_length"));
    const PasswordPolicy longer = policyFrom(R"({"minimum_length": 20, "maximum_length": 64})");
    QCOMPARE(brokenRule(longer, QStringLiteral("tawny owl ledger 47")), QStringLiteral("minimum_length"));
    QCOMPARE(brokenRule(longer, QString(65, QLatin1Char('y')).replace(0, 3, QStringLiteral("owl"))),
             QStringLiteral("maximum_length"));
}

void TestPasswordPolicy::commonPasswordsAreRefusedWhateverTheirCase()
{
    const PasswordPolicy &p = PasswordPolicy::defaults();
    QCOMPARE(brokenRule(p, QStringLiteral("passwordpassword")), QStringLiteral("common_password"));
    QCOMPARE(brokenRule(p, QStringLiteral("PassWordPassWord")), QStringLiteral("common_password"));
    QCOMPARE(brokenRule(p, QStringLiteral("qwertyuiop123")), QStringLiteral("common_password"));
    // A listed word with only digits or symbols around it is the same guess.
    QCOMPARE(brokenRule(p, QStringLiteral("Qwertyuiop!2024")), QStringLiteral("common_password"));
    QCOMPARE(brokenRule(p, QStringLiteral("2024!!Washington")), QStringLiteral("common_password"));
    QCOMPARE(brokenRule(p, QStringLiteral("zzzzzzzzzzzzzzzz")), QStringLiteral("common_password"));
    // Off, the list no longer applies (the other rules do).
    const PasswordPolicy off = policyFrom(R"({"reject_common_passwords": false})");
    QCOMPARE(brokenRule(off, QStringLiteral("passwordpassword")), QString());
    QCOMPARE(brokenRule(off, QStringLiteral("letmein")), QStringLiteral("minimum_length"));
}

void TestPasswordPolicy::jurisdictionWordsJoinTheList()
{
    QCOMPARE(brokenRule(PasswordPolicy::defaults(), QStringLiteral("Izdesk-2026-!!")), QString());
    const PasswordPolicy p = policyFrom(R"({"extra_common_passwords": ["IZDesk", "immunize-all"]})");
    QCOMPARE(p.extraCommon, (QStringList{QStringLiteral("izdesk"), QStringLiteral("immunize-all")}));
    QCOMPARE(brokenRule(p, QStringLiteral("Izdesk-2026-!!")), QStringLiteral("common_password"));
    QCOMPARE(brokenRule(p, QStringLiteral("IMMUNIZE-ALL")), QStringLiteral("common_password"));
    QCOMPARE(brokenRule(p, QStringLiteral("passwordpassword")), QStringLiteral("common_password"));
}

void TestPasswordPolicy::usernameMayNotBeInThePassword()
{
    const PasswordPolicy &p = PasswordPolicy::defaults();
    QCOMPARE(brokenRule(p, QStringLiteral("tina-owl-ledger"), QStringLiteral("tina")), QStringLiteral("username"));
    QCOMPARE(brokenRule(p, QStringLiteral("owl-TINA-ledger"), QStringLiteral("tina")), QStringLiteral("username"));
    QCOMPARE(brokenRule(p, QStringLiteral("j.smith@clinic"), QStringLiteral("J.Smith@Clinic")), QStringLiteral("username"));
    QCOMPARE(brokenRule(p, QStringLiteral("tawny owl ledger 47"), QStringLiteral("tina")), QString());
    // A username of one or two characters is in too many good passwords to refuse them all.
    QCOMPARE(brokenRule(p, QStringLiteral("jolly owl ledger"), QStringLiteral("jo")), QString());
    QVERIFY(p.check(QStringLiteral("tina-owl-ledger"), QStringLiteral("tina"))->message.contains(QStringLiteral("username")));
}

void TestPasswordPolicy::goodPasswordsPass_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("passphrase") << "correct horse battery";
    QTest::newRow("generated") << "Xq7tKbmRw2PzHs9d";
    QTest::newRow("accented") << "contraseña-segura";
    QTest::newRow("sentence") << "The desk opens at 7 on Mondays.";
}

void TestPasswordPolicy::goodPasswordsPass()
{
    QFETCH(QString, password);
    QCOMPARE(brokenRule(PasswordPolicy::defaults(), password), QString());
}

void TestPasswordPolicy::historyAndExpiry()
{
    const PasswordPolicy &p = PasswordPolicy::defaults();
    QCOMPARE(p.historyViolation().rule, Rule::History);
    QVERIFY(p.historyViolation().message.contains(QStringLiteral("last 5 passwords")));
    QVERIFY(p.historyViolation().message.contains(QStringLiteral("history")));
    QVERIFY(policyFrom(R"({"history": 1})").historyViolation().message.contains(QStringLiteral("current password")));

    const QDateTime changed(QDate(2026, 1, 1), QTime(9, 0), Qt::UTC);
    QCOMPARE(p.expiresAt(changed), changed.addDays(90));
    QVERIFY(!p.isExpired(changed, changed.addDays(89)));
    QVERIFY(p.isExpired(changed, changed.addDays(90)));
    const PasswordPolicy never = policyFrom(R"({"expiry_days": 0})");
    QVERIFY(!never.expiresAt(changed).isValid());
    QVERIFY(!never.isExpired(changed, changed.addYears(10)));
}

void TestPasswordPolicy::temporaryPasswordsPassThePolicy()
{
    static const QRegularExpression alphabet(QStringLiteral("^[A-HJ-NP-Za-km-z2-9]+$"));
    QSet<QString> seen;
    for (int i = 0; i < 200; ++i) {
        const QString t = PasswordPolicy::defaults().generateTemporary(QStringLiteral("abc"));
        QCOMPARE(t.size(), 16);
        QVERIFY2(alphabet.match(t).hasMatch(), qPrintable(t)); // no 0/O, 1/l/I
        QVERIFY(!PasswordPolicy::defaults().check(t, QStringLiteral("abc")));
        seen.insert(t);
    }
    QCOMPARE(seen.size(), 200);
    const PasswordPolicy longer = policyFrom(R"({"minimum_length": 24})");
    const QString t = longer.generateTemporary(QStringLiteral("dr.ames"));
    QCOMPARE(t.size(), 24);
    QVERIFY(!longer.check(t, QStringLiteral("dr.ames")));
}

void TestPasswordPolicy::policyFileErrorsNameTheKey_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("not json") << QByteArray("{\"history\": ") << "not valid JSON at offset";
    QTest::newRow("not an object") << QByteArray("[12]") << "the policy must be a JSON object";
    QTest::newRow("unknown key") << QByteArray(R"({"histroy": 3})") << "histroy: unknown key (known: minimum_length";
    QTest::newRow("short minimum") << QByteArray(R"({"minimum_length": 6})")
                                   << "minimum_length: must be a whole number from 8 to 64";
    QTest::newRow("fraction") << QByteArray(R"({"history": 2.5})") << "history: must be a whole number from 0 to 24";
    QTest::newRow("huge") << QByteArray(R"({"expiry_days": 1e300})")
                          << "expiry_days: must be a whole number from 0 to 3650";
    QTest::newRow("maximum") << QByteArray(R"({"maximum_length": 10000})")
                             << "maximum_length: must be a whole number from 64 to 1024";
    QTest::newRow("flag") << QByteArray(R"({"reject_common_passwords": "yes"})")
                          << "reject_common_passwords: must be true or false";
    QTest::newRow("words") << QByteArray(R"({"extra_common_passwords": ["ok", 7]})")
                           << "extra_common_passwords: must be a list";
    QTest::newRow("empty word") << QByteArray(R"({"extra_common_passwords": [" "]})")
                                << "extra_common_passwords: must be a list";
}

void TestPasswordPolicy::policyFileErrorsNameTheKey()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString why;
    QVERIFY(!PasswordPolicy::fromJson(json, &why));
    QVERIFY2(why.startsWith(error), qPrintable(why));
}

void TestPasswordPolicy::commandLineNamesTheFile()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const auto write = [&dir](const QString &name, const QByteArray &content) {
        QFile f(dir.filePath(name));
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(name));
        return f.fileName();
    };
    const QString good = write(QStringLiteral("good.json"), R"({"minimum_length": 14, "history": 3, "expiry_days": 0})");
    const QString bad = write(QStringLiteral("bad.json"), R"({"history": -1})");
    const QString limits = write(QStringLiteral("limits.json"), R"({"sign_in_per_username": {"max_requests": 3}})");
    const QString badLimits = write(QStringLiteral("badlimits.json"), R"({"patient_search_per_session": 60})");
    const auto parse = [](const QStringList &args) {
        return CommandLine::parse(QStringList{QStringLiteral("izdesk-server")} + args);
    };

    auto cli = parse({QStringLiteral("--password-policy"), good, QStringLiteral("--rate-limits"), limits});
    QCOMPARE(int(cli.action), int(CommandLine::Action::Run));
    QCOMPARE(cli.config.passwords().minimumLength, 14);
    QCOMPARE(cli.config.passwords().history, 3);
    QCOMPARE(cli.config.passwords().expiryDays, 0);
    QCOMPARE(cli.config.rateLimits().signInPerUsername.maxRequests, 3);
    QCOMPARE(cli.config.rateLimits().signInPerUsername.windowSeconds, 300); // the rest keeps its default
    QCOMPARE(cli.config.rateLimits().signInPerAddress.maxRequests, 60);

    cli = parse({QStringLiteral("--password-policy"), bad});
    QCOMPARE(int(cli.action), int(CommandLine::Action::Error));
    QCOMPARE(cli.message, QStringLiteral("--password-policy %1: history: must be a whole number from 0 to 24").arg(bad));
    cli = parse({QStringLiteral("--rate-limits"), badLimits});
    QCOMPARE(int(cli.action), int(CommandLine::Action::Error));
    QVERIFY2(cli.message.startsWith(QStringLiteral("--rate-limits %1: patient_search_per_session: must be an object")
                                        .arg(badLimits)),
             qPrintable(cli.message));
    cli = parse({QStringLiteral("--password-policy"), dir.filePath(QStringLiteral("missing.json"))});
    QCOMPARE(int(cli.action), int(CommandLine::Action::Error));
    QVERIFY2(cli.message.contains(QStringLiteral("cannot read")), qPrintable(cli.message));
    // Without the options, the built-in rules.
    cli = parse({});
    QCOMPARE(cli.config.passwords().minimumLength, 12);
    QCOMPARE(cli.config.rateLimits().patientSearchPerSession.maxRequests, 60);
}

void TestPasswordPolicy::rateLimitFileErrorsNameTheKey_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("error");
    QTest::newRow("unknown limit") << QByteArray(R"({"sign_in": {}})") << "sign_in: unknown key (known: sign_in_per_username";
    QTest::newRow("unknown field") << QByteArray(R"({"sign_in_per_address": {"max": 5}})")
                                   << "sign_in_per_address.max: unknown key (known: max_requests, window_seconds)";
    QTest::newRow("zero") << QByteArray(R"({"sign_in_per_address": {"max_requests": 0}})")
                          << "sign_in_per_address.max_requests: must be a whole number from 1 to 100000";
    QTest::newRow("window") << QByteArray(R"({"patient_search_per_session": {"window_seconds": 86401}})")
                            << "patient_search_per_session.window_seconds: must be a whole number from 1 to 86400";
}

void TestPasswordPolicy::rateLimitFileErrorsNameTheKey()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, error);
    QString why;
    QVERIFY(!RateLimitPolicy::fromJson(json, &why));
    QVERIFY2(why.startsWith(error), qPrintable(why));
}

void TestPasswordPolicy::slidingWindowAllowsABurstThenOneAtATime()
{
    RateLimiter limiter;
    const RateLimit limit{QStringLiteral("test"), QStringLiteral("tries"), 3, 10};
    const QDateTime t0(QDate(2026, 3, 2), QTime(8, 0), Qt::UTC);
    // A burst of three, at 0 s, 4 s and 8 s.
    QVERIFY(limiter.hit(limit, QStringLiteral("a"), t0).allowed);
    QVERIFY(limiter.hit(limit, QStringLiteral("a"), t0.addSecs(4)).allowed);
    QVERIFY(limiter.hit(limit, QStringLiteral("a"), t0.addSecs(8)).allowed);
    // The fourth waits for the first to leave the window; only the first refusal is "first".
    auto refused = limiter.hit(limit, QStringLiteral("a"), t0.addSecs(9));
    QVERIFY(!refused.allowed);
    QCOMPARE(refused.retryAfterSeconds, 1);
    QVERIFY(refused.firstRefusal);
    refused = limiter.hit(limit, QStringLiteral("a"), t0.addMSecs(9500));
    QVERIFY(!refused.allowed);
    QVERIFY(!refused.firstRefusal);
    // Another key and another limit have windows of their own.
    QVERIFY(limiter.hit(limit, QStringLiteral("b"), t0.addSecs(9)).allowed);
    const RateLimit other{QStringLiteral("other"), QStringLiteral("tries"), 1, 10};
    QVERIFY(limiter.hit(other, QStringLiteral("a"), t0.addSecs(9)).allowed);
    // Refusals were not counted: at 10 s the first request has left, one more goes through.
    QVERIFY(limiter.hit(limit, QStringLiteral("a"), t0.addSecs(10)).allowed);
    refused = limiter.hit(limit, QStringLiteral("a"), t0.addSecs(10));
    QVERIFY(!refused.allowed);
    QCOMPARE(refused.retryAfterSeconds, 4);
    QVERIFY(refused.firstRefusal); // a new run of refusals after one was let through
    // A window that has passed entirely lets a whole burst through again.
    for (int i = 0; i < 3; ++i)
        QVERIFY(limiter.hit(limit, QStringLiteral("a"), t0.addSecs(60)).allowed);
    QVERIFY(!limiter.hit(limit, QStringLiteral("a"), t0.addSecs(60)).allowed);
    // Among thousands of keys seen once (idle ones are forgotten), a busy key keeps its count.
    for (int i = 0; i < 3; ++i)
        QVERIFY(limiter.hit(limit, QStringLiteral("busy"), t0.addSecs(100)).allowed);
    for (int i = 0; i < 5000; ++i)
        QVERIFY(limiter.hit(limit, QStringLiteral("k%1").arg(i), t0.addMSecs(100000 + i)).allowed);
    QVERIFY(!limiter.hit(limit, QStringLiteral("busy"), t0.addSecs(105)).allowed);
}

QTEST_GUILESS_MAIN(TestPasswordPolicy)
#include "tst_passwordpolicy.moc"
