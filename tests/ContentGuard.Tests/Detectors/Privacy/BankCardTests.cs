using ContentGuard.Detectors.Privacy;

namespace ContentGuard.Tests.Detectors.Privacy;

public sealed class BankCardTests
{
    [Theory]
    [InlineData("6222021001122334458")] // 19-digit UnionPay
    [InlineData("6217000000004123")]
    [InlineData("4111111111111111")] // Visa test number
    [InlineData("5500000000000004")] // Mastercard test number
    [InlineData("621700000000000006")] // 18 digits: valid as a number (the detector wants a card label for it)
    public void IsValid_accepts_a_known_prefix_with_a_luhn_check_digit(string digits) => Assert.True(BankCard.IsValid(digits));

    [Theory]
    [InlineData("6222021001122334457")] // Luhn fails
    [InlineData("6217000000004124")]
    [InlineData("3530111333300000")] // JCB: Luhn passes, prefix not accepted
    [InlineData("6011111111111117")] // Discover: 60, not 62
    [InlineData("411111111111111")] // 15 digits
    [InlineData("41111111111111111111")] // 20 digits
    [InlineData("6217 0000 0000 4123")] // spacing is the scanner's business, not the validator's
    public void IsValid_rejects_bad_check_digits_prefixes_and_lengths(string digits) => Assert.False(BankCard.IsValid(digits));

    [Theory]
    [InlineData("6217000000000123", "6217 **** **** 0123")]
    [InlineData("6222021001122334458", "6222 **** **** 4458")]
    public void Mask_keeps_the_first_and_last_four_digits(string digits, string masked) => Assert.Equal(masked, BankCard.Mask(digits));
}
