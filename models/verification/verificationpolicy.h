#pragma once

#include <QByteArray>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace izdesk {

// The caller identity verification policy (docs/architecture/contracts-verification.md):
// which evidence each caller type must match, what may be released to it and how, attempt
// limits and the rules for protected records. Parsed from JSON with errors that name the
// line:column (syntax) or the JSON path and what was expected; evaluate() is the pure rule
// engine the server runs after every factor check. Immutable once parsed; thread-safe to read.
class VerificationPolicy
{
public:
    enum class Result { Unchecked, Match, NoMatch, Attested, NotAttested };
    enum class Outcome { InProgress, Verified, Failed, Referred };

    struct Factor
    {
        QString id;
        QString label;
        QString input;   // name, date, address, phone, text, attest
        QString subject; // what the server compares it with: patient or iis_user
    };

    struct CallerType
    {
        QString id;
        QString label;
        QString subject; // patient, iis_user, none
        std::optional<int> minAgeYears;
        std::optional<int> maxAgeYears;
        QStringList allOf;
        QStringList oneOf;
        QList<QStringList> anyOfGroups;
        QString scope; // full_history, compliance_only, none
        QStringList release;
        QString referral;
        QString requiredRole;
        QStringList factors() const; // every factor named by a rule, in rule order, no repeats
    };

    struct Evaluation
    {
        Outcome outcome = Outcome::InProgress;
        QString reason;        // a code ("no_match:birth_date", "one_of_exhausted", …), never a value
        QStringList remaining; // factors that may still be checked (empty once decided)
    };

    // nullopt + *error ("caller_types[2].one_of[0]: unknown factor \"adress\" (…)").
    static std::optional<VerificationPolicy> fromJson(const QJsonObject &json, QString *error);
    // Syntax errors name the line and column: "3:17: JSON syntax error: missing value separator".
    static std::optional<VerificationPolicy> fromBytes(const QByteArray &json, QString *error);
    static const VerificationPolicy &builtIn();
    static QByteArray builtInJson();

    // The factors the server knows how to check, with the input each one takes.
    static const QHash<QString, QString> &knownFactorInputs();

    int windowMinutes() const { return m_windowMinutes; }
    int maxFailedAttemptsPerDay() const { return m_maxFailed; }
    const CallerType *callerType(const QString &id) const;
    QList<CallerType> callerTypes() const { return m_callerTypes; }
    std::optional<Factor> factor(const QString &id) const;
    // refer, mail_only or allow for "sharing_lock" / "protection".
    QString protectedRule(const QString &kind) const { return m_protected.value(kind, QStringLiteral("allow")); }

    // The pure rules: all_of / one_of / any_of_groups over the results so far. ageYears (the
    // patient's age on the server's date) is only consulted once every rule is satisfied,
    // so an age rule never tells the caller more than a finished verification would.
    Evaluation evaluate(const QString &callerType, const QHash<QString, Result> &results,
                        std::optional<int> ageYears = {}) const;
    // The release methods after the protected-record rules: mail_only cuts them to mail,
    // refer leaves none (a supervisor must release), allow changes nothing.
    QStringList releaseMethods(const QString &callerType, bool sharingLock, bool protectionIndicator) const;

    static int ageInYears(const QDate &birthDate, const QDate &today);
    static QString resultName(Result result);
    static std::optional<Result> parseResult(const QString &name);
    static QString outcomeName(Outcome outcome);

    // The policy as JSON (GET /api/v1/verification/policy): the file as loaded.
    QJsonObject toJson() const { return m_json; }

private:
    int m_windowMinutes = 30;
    int m_maxFailed = 3;
    QHash<QString, Factor> m_factors;
    QList<CallerType> m_callerTypes;
    QHash<QString, QString> m_protected;
    QJsonObject m_json;
};

} // namespace izdesk
