// AES-256-GCM for cached PHI: round trip, fresh nonces, tamper and wrong-row detection;
// Argon2id verifiers for offline sign-in.
#include "passwordverifier.h"
#include "phicipher.h"

#include <QTest>

using namespace izdesk;

class TestPhiCipher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roundTrip()
    {
        const QByteArray key = PhiCipher::generateKey();
        QCOMPARE(key.size(), 32);
        const QByteArray plain = "Caller Maria Lopez asks about her son's MMR record";
        const QByteArray blob = PhiCipher::seal(key, plain, "42");
        QCOMPARE(blob.size(), plain.size() + 12 + 16);
        QVERIFY(!blob.contains("Maria"));
        const auto opened = PhiCipher::open(key, blob, "42");
        QVERIFY(opened);
        QCOMPARE(*opened, plain);
        QVERIFY(PhiCipher::open(key, PhiCipher::seal(key, {}, "1"), "1").has_value());
    }

    void freshNoncePerSeal()
    {
        const QByteArray key = PhiCipher::generateKey();
        const QByteArray a = PhiCipher::seal(key, "same text", "1");
        const QByteArray b = PhiCipher::seal(key, "same text", "1");
        QVERIFY(a.left(12) != b.left(12));
        QVERIFY(a != b);
    }

    void tamperIsDetected()
    {
        const QByteArray key = PhiCipher::generateKey();
        const QByteArray blob = PhiCipher::seal(key, "subject text", "7");
        for (int i : {0, 12, int(blob.size()) - 1}) {
            QByteArray bad = blob;
            bad[i] = char(bad[i] ^ 0x01);
            QVERIFY2(!PhiCipher::open(key, bad, "7"), qPrintable(QString::number(i)));
        }
        QVERIFY(!PhiCipher::open(key, blob, "8"));                      // moved to another row
        QVERIFY(!PhiCipher::open(PhiCipher::generateKey(), blob, "7")); // wrong key
        QVERIFY(!PhiCipher::open(key, blob.left(20), "7"));             // truncated
        QVERIFY(PhiCipher::seal("short", "x", "1").isEmpty());
    }

    void passwordVerifier()
    {
        const QByteArray v = PasswordVerifier::create(QStringLiteral("izdesk-trainer"));
        QVERIFY(v.startsWith("$argon2id$"));
        QVERIFY(!v.contains("izdesk-trainer"));
        QVERIFY(PasswordVerifier::verify(v, QStringLiteral("izdesk-trainer")));
        QVERIFY(!PasswordVerifier::verify(v, QStringLiteral("izdesk-trainer ")));
        QVERIFY(!PasswordVerifier::verify("garbage", QStringLiteral("izdesk-trainer")));
        QVERIFY(PasswordVerifier::create(QStringLiteral("izdesk-trainer")) != v); // salted
    }
};

QTEST_GUILESS_MAIN(TestPhiCipher)
#include "tst_phicipher.moc"
