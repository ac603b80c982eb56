namespace OncologyBilling.Scrubber.Model;

/// <summary>
/// An administered service in facility-hierarchy order (ADM-INIT-02): lower values rank higher.
/// A chemotherapy pump initiation (96416) ranks with the chemotherapy infusions it replaces (ADM-PUMP-01).
/// </summary>
public enum ServiceKind
{
    ChemotherapyInfusion = 1,
    ChemotherapyPump = 2,
    ChemotherapyPush = 3,
    ChemotherapyInjection = 4,
    HormonalInjection = 5,
    TherapeuticInfusion = 6,
    TherapeuticPush = 7,
    TherapeuticInjection = 8,
    OnBodyInjector = 9,
    Hydration = 10,
}
