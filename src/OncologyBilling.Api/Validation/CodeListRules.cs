using System.Text.RegularExpressions;
using FluentValidation;

namespace OncologyBilling.Api.Validation;

/// <summary>
/// Rules over every entry of a list. The validators stop at a field's first failure, which for a list would stop
/// at its first bad entry; these rules go on through every entry, still with one message per entry.
/// </summary>
internal static class CodeListRules
{
    /// <summary>Each code present and of the shape; an empty entry is reported once, as missing.</summary>
    public static IRuleBuilderOptions<T, string?> EachCode<T>(
        this IRuleBuilderInitialCollection<T, string?> rule, string pattern, string missing, string badShape) =>
        rule.Cascade(CascadeMode.Continue)
            .NotEmpty().WithMessage(missing)
            .Must(code => string.IsNullOrEmpty(code) || Regex.IsMatch(code, pattern)).WithMessage(badShape);

    /// <summary>Each entry an object, validated by <paramref name="validator"/> (which skips null entries).</summary>
    public static IRuleBuilderOptions<T, TItem?> EachEntry<T, TItem>(
        this IRuleBuilderInitialCollection<T, TItem?> rule, IValidator<TItem?> validator)
        where TItem : class =>
        rule.Cascade(CascadeMode.Continue).NotNull().WithMessage(ScrubRequestValidator.NullEntry).SetValidator(validator);
}
