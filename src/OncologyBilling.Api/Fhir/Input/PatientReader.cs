using Hl7.Fhir.Model;
using OncologyBilling.Api.Contracts;
using Encounter = Hl7.Fhir.Model.Encounter;

namespace OncologyBilling.Api.Fhir.Input;

/// <summary>
/// What the 837 needs of the patient (the subscriber, docs/x12.md), from the Encounter's subject: name, birthDate,
/// gender and address; the member id comes from the Coverage. Nothing here decides a code. A value that would need a
/// choice (two addresses and no home one, more than the 837's two address lines) is not read and its trace names the
/// element, so an 837's 422 points at it. Never logged.
/// </summary>
internal static class PatientReader
{
    public static PatientInput? Read(MappingState state, Encounter encounter, string encounterPath, string? memberId)
    {
        state.Trace.Add("patient", $"{encounterPath}.subject");
        if (state.Bundle.Resolve<Patient>(encounter.Subject, encounter, encounterPath) is not var (patient, path))
        {
            return memberId is null ? null : new PatientInput { MemberId = memberId };
        }

        state.Trace.Add("patient", path);
        var (last, first) = HumanNames.Read(state, patient.Name, path, "patient");
        state.Trace.Add("patient.dateOfBirth", $"{path}.birthDate");
        state.Trace.Add("patient.sex", $"{path}.gender");
        return new PatientInput
        {
            LastName = last,
            FirstName = first,
            // FHIR date: a partial date (1937, 1937-04) is no date of birth for the 837 and is not read.
            DateOfBirth = patient.BirthDate is { Length: 10 } ? FhirDates.Date(patient.BirthDate) : null,
            // AdministrativeGender as its code; "other" is passed on and the 837 refuses it by name (no guess of M/F/U).
            Sex = patient.Gender switch
            {
                AdministrativeGender.Male => "male",
                AdministrativeGender.Female => "female",
                AdministrativeGender.Unknown => "unknown",
                AdministrativeGender.Other => "other",
                _ => null,
            },
            MemberId = memberId,
            Address = Address(state, patient.Address, path),
        };
    }

    private static AddressInput? Address(MappingState state, List<Address> addresses, string path)
    {
        var index = addresses.FindIndex(a => a.Use == Hl7.Fhir.Model.Address.AddressUse.Home);
        if (index < 0 && addresses.Count == 1)
        {
            index = 0;
        }

        state.Trace.Add("patient.address", index < 0 ? $"{path}.address" : $"{path}.address[{index}]");
        if (index < 0)
        {
            return null;
        }

        var address = addresses[index];
        var at = $"{path}.address[{index}]";
        if (address.Line.Count() > 2)
        {
            state.Trace.Add("patient.address", $"{at}.line");
            return null;
        }

        state.Trace.Add("patient.address.line1", $"{at}.line[0]");
        state.Trace.Add("patient.address.line2", $"{at}.line[1]");
        state.Trace.Add("patient.address.city", $"{at}.city");
        state.Trace.Add("patient.address.state", $"{at}.state");
        state.Trace.Add("patient.address.postalCode", $"{at}.postalCode");
        return new AddressInput
        {
            Line1 = address.Line.ElementAtOrDefault(0),
            Line2 = address.Line.ElementAtOrDefault(1),
            City = address.City,
            State = address.State,
            PostalCode = address.PostalCode,
        };
    }
}
