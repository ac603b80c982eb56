using FluentValidation;
using FluentValidation.Results;
using OncologyBilling.Api.Contracts;

namespace OncologyBilling.Api.Validation;

/// <summary>
/// The request validator every endpoint gets: the allocation-free <see cref="FastRequestCheck"/> answers the common,
/// valid case; anything it does not pass goes to <see cref="ScrubRequestValidator"/>, which decides and words every
/// error, so a 400 body is the one FluentValidation has always written.
/// </summary>
internal sealed class FastPathScrubRequestValidator(ScrubRequestValidator full, FastRequestCheck fast) : IValidator<ScrubRequest>
{
    public ValidationResult Validate(ScrubRequest instance) => fast.Passes(instance) ? new ValidationResult() : full.Validate(instance);

    public Task<ValidationResult> ValidateAsync(ScrubRequest instance, CancellationToken cancellation = default) =>
        fast.Passes(instance) ? Task.FromResult(new ValidationResult()) : full.ValidateAsync(instance, cancellation);

    public ValidationResult Validate(IValidationContext context) => ((IValidator)full).Validate(context);

    public Task<ValidationResult> ValidateAsync(IValidationContext context, CancellationToken cancellation = default) =>
        ((IValidator)full).ValidateAsync(context, cancellation);

    public IValidatorDescriptor CreateDescriptor() => full.CreateDescriptor();

    public bool CanValidateInstancesOfType(Type type) => ((IValidator)full).CanValidateInstancesOfType(type);
}
