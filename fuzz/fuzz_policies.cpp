// Fuzz target: the files a jurisdiction hands the server on its command line —
// SlaPolicy::fromBytes (--sla-policy), VerificationPolicy::fromBytes (--verification-policy),
// AccountsPolicy::fromJson (--accounts-policy), NicknameTable::mergeCsv (--nicknames),
// PasswordPolicy::fromJson (--password-policy) and RateLimitPolicy::fromJson (--rate-limits) —
// and then the rules each accepted policy drives: the SLA clocks on its business calendar,
// the verification rule engine, nickname look-ups, the password rules and temporary passwords,
// the sliding windows.
//
// Input: byte 0 picks the file (0 SLA, 1 verification, 2 accounts, 3 nicknames, 4 password
// policy, 5 rate limits); the rest is its content. A verification policy may be followed by a line "#results": the bytes after it
// choose the factor results fed to evaluate() (a byte per factor of each caller type, then
// one for the patient's age).
//
// Besides sanitizer reports (a value out of a cast's range is one): a refusal names a reason;
// an accepted accounts policy has every value inside the limits fromJson checks; evaluate()
// names only factors of the caller type as remaining, and releaseMethods() only methods the
// caller type may release.

#include "fuzzenv.h"
#include "fuzzinput.h"

#include "accounts/accountspolicy.h"
#include "auth/passwordpolicy.h"
#include "http/ratelimiter.h"
#include "catalog.h"
#include "matching/nicknametable.h"
#include "slaclock.h"
#include "slapolicy.h"
#include "verification/verificationpolicy.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace {

using izdesk::fuzz::FuzzInput;

[[noreturn]] void fail(const char *what)
{
    fprintf(stderr, "fuzz_policies: %s\n", what);
    std::abort();
}

void requireReason(const QString &error)
{
    if (error.isEmpty())
        fail("a policy refused without a reason");
}

void slaPolicy(const QByteArray &bytes)
{
    QString error;
    const auto policy = izdesk::SlaPolicy::fromBytes(bytes, &error);
    if (!policy) {
        requireReason(error);
        return;
    }
    const QDateTime now = izdesk::fuzz::fixedNow();
    const auto &calendar = policy->calendar();
    for (const QString &priority : izdesk::Catalog::keys(izdesk::Catalog::ticketPriorities())) {
        izdesk::SlaClock clock = izdesk::SlaClock::start(*policy, priority, QStringLiteral("new"), now);
        clock.apply(*policy, priority, QStringLiteral("pending_caller"), now.addSecs(3600));
        clock.apply(*policy, priority, QStringLiteral("in_progress"), now.addDays(2));
        clock.meetFirstResponse(*policy, priority, now.addDays(3));
        clock.view(*policy, priority, now.addDays(5));
        const auto target = policy->target(priority);
        const QDateTime due = calendar.addBusinessSeconds(now, target.resolutionMinutes * 60);
        if (due.isValid())
            calendar.businessSecondsBetween(now, due);
    }
}

void verificationPolicy(const QByteArray &bytes, FuzzInput &results)
{
    QString error;
    const auto policy = izdesk::VerificationPolicy::fromBytes(bytes, &error);
    if (!policy) {
        requireReason(error);
        return;
    }
    using Result = izdesk::VerificationPolicy::Result;
    static const Result kResults[] = {Result::Unchecked, Result::Match, Result::NoMatch, Result::Attested,
                                      Result::NotAttested};
    for (const auto &type : policy->callerTypes()) {
        const QStringList factors = type.factors();
        QHash<QString, Result> given;
        for (const QString &factor : factors) {
            given.insert(factor, kResults[results.byte() % 5]);
            if (!policy->factor(factor))
                fail("a caller type names a factor the policy does not define");
        }
        const int age = results.byte();
        const auto evaluation = policy->evaluate(type.id, given, age < 200 ? std::optional<int>(age) : std::nullopt);
        for (const QString &remaining : evaluation.remaining) {
            if (!factors.contains(remaining))
                fail("evaluate() names a remaining factor the caller type does not use");
        }
        for (const bool lock : {false, true}) {
            for (const QString &method : policy->releaseMethods(type.id, lock, !lock)) {
                if (!type.release.contains(method))
                    fail("releaseMethods() names a method the caller type may not release");
            }
        }
    }
    policy->evaluate(QStringLiteral("no-such-caller-type"), {}, 30);
}

void accountsPolicy(const QByteArray &bytes)
{
    QString error;
    const auto p = izdesk::server::AccountsPolicy::fromJson(bytes, &error);
    if (!p) {
        requireReason(error);
        return;
    }
    const bool inLimits = p->userAgreementMonths >= 1 && p->userAgreementMonths <= 120
        && p->organizationAgreementMonths >= 1 && p->organizationAgreementMonths <= 240 && p->expiringDays >= 1
        && p->expiringDays <= 365 && p->retentionYears >= 0 && p->retentionYears <= 100 && p->inactivityDays >= 1
        && p->inactivityDays <= 3650 && p->sweepIntervalMinutes >= 1 && p->sweepIntervalMinutes <= 1440
        && !p->requiredUserAgreements.isEmpty() && p->facilityCodePrefix.size() >= 2 && p->facilityCodePrefix.size() <= 4;
    if (!inLimits)
        fail("an accounts policy outside its limits was accepted");
}

void nicknames(const QByteArray &bytes)
{
    izdesk::matching::NicknameTable table;
    QString error;
    if (!table.mergeCsv(bytes, &error)) {
        requireReason(error);
        return;
    }
    for (const QString &name : {QStringLiteral("JONATHAN"), QStringLiteral("BETH"), QStringLiteral("")}) {
        const QStringList variants = table.variants(name);
        if (variants.isEmpty() || variants.first() != name)
            fail("variants() does not start with the name itself");
        for (qsizetype i = 1; i < variants.size(); ++i) {
            if (!table.areNicknames(variants.at(i), name))
                fail("nickname links are not symmetric");
        }
    }
}

void passwordPolicy(const QByteArray &bytes)
{
    QString error;
    const auto p = izdesk::server::PasswordPolicy::fromJson(bytes, &error);
    if (!p) {
        requireReason(error);
        return;
    }
    if (p->minimumLength < 8 || p->minimumLength > 64 || p->maximumLength < 64 || p->maximumLength > 1024
        || p->history < 0 || p->history > 24 || p->expiryDays < 0 || p->expiryDays > 3650)
        fail("a password policy outside its limits was accepted");
    const QString temporary = p->generateTemporary(QStringLiteral("fuzz.user"));
    if (temporary.isEmpty() || p->check(temporary, QStringLiteral("fuzz.user")))
        fail("a temporary password breaks the policy it was drawn for");
    for (const QString &word : p->extraCommon) {
        const bool letters = word.size() >= 4 && std::all_of(word.begin(), word.end(), [](QChar c) { return c.isLetter(); });
        if (letters && !p->check(word + QStringLiteral("!2026!2026"), QString()))
            fail("a jurisdiction's word with digits after it passed");
    }
}

void rateLimits(const QByteArray &bytes)
{
    QString error;
    const auto p = izdesk::server::RateLimitPolicy::fromJson(bytes, &error);
    if (!p) {
        requireReason(error);
        return;
    }
    izdesk::server::RateLimiter limiter;
    const QDateTime now = izdesk::fuzz::fixedNow();
    for (const auto *limit : {&p->signInPerUsername, &p->signInPerAddress, &p->patientSearchPerSession}) {
        if (limit->maxRequests < 1 || limit->maxRequests > 100000 || limit->windowSeconds < 1
            || limit->windowSeconds > 86400)
            fail("a rate limit outside its limits was accepted");
        for (int i = 0; i <= qMin(limit->maxRequests, 50); ++i) {
            const auto d = limiter.hit(*limit, QStringLiteral("k"), now);
            if (!d.allowed && (d.retryAfterSeconds < 1 || d.retryAfterSeconds > limit->windowSeconds))
                fail("a refusal names a wait outside the window");
        }
    }
}

} // namespace

extern "C" int LLVMFuzzerInitialize(int *, char ***)
{
    izdesk::fuzz::initEnvironment();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    LLVMFuzzerInitialize(nullptr, nullptr);
    FuzzInput in(data, size);
    const int kind = in.byte() % 6;
    switch (kind) {
    case 0:
        slaPolicy(in.rest());
        break;
    case 1: {
        const QByteArray rest = in.rest();
        const qsizetype cut = rest.indexOf("\n#results\n");
        const QByteArray policy = cut >= 0 ? rest.left(cut) : rest;
        const QByteArray tail = cut >= 0 ? rest.mid(cut + 10) : QByteArray();
        FuzzInput results(reinterpret_cast<const uint8_t *>(tail.constData()), size_t(tail.size()));
        verificationPolicy(policy, results);
        break;
    }
    case 2:
        accountsPolicy(in.rest());
        break;
    case 3:
        nicknames(in.rest());
        break;
    case 4:
        passwordPolicy(in.rest());
        break;
    default:
        rateLimits(in.rest());
        break;
    }
    return 0;
}
