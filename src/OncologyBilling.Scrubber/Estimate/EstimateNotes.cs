using System.Runtime.CompilerServices;
using OncologyBilling.ReferenceData.Rates;

namespace OncologyBilling.Scrubber.Estimate;

/// <summary>
/// The estimate's notes: each setting's release notes (once each), then why the setting is partial. A release note is
/// the same for every claim priced from that release, so its "office: …" text is written once per shared source.
/// </summary>
internal static class EstimateNotes
{
    private static readonly SettingNotes Office = new("office");
    private static readonly SettingNotes Hospital = new("hospitalOutpatient");

    public static IReadOnlyList<string> Of(SettingEstimate office, SettingEstimate hospital)
    {
        List<string>? notes = null;
        Office.Add(ref notes, office);
        Hospital.Add(ref notes, hospital);
        return notes is null ? [] : [.. notes];
    }

    private sealed class SettingNotes
    {
        private readonly ConditionalWeakTable<EstimateSource, string> _written = new();
        private readonly ConditionalWeakTable<EstimateSource, string>.CreateValueCallback _write;

        public SettingNotes(string name)
        {
            Name = name;
            _write = source => $"{Name}: {source.Note}";
        }

        private string Name { get; }

        public void Add(ref List<string>? notes, SettingEstimate setting)
        {
            foreach (var source in setting.Sources)
            {
                // Sources of a covering release are shared by every claim (EstimateSources); others are this claim's.
                var note = source.Note is null ? null : source.Fit == ReleaseFit.Covers ? _written.GetValue(source, _write) : _write(source);
                if (note is not null && !(notes ??= []).Contains(note))
                {
                    notes.Add(note);
                }
            }

            if (setting.Status == EstimateStatus.Partial)
            {
                (notes ??= []).Add(Partial(setting));
            }
        }

        private string Partial(SettingEstimate setting)
        {
            var missing = setting.MissingCodes.Count == 0 ? null : $"no amount for {string.Join(", ", setting.MissingCodes)} (see each line's basis)";
            var uncoded = setting.Unpriced.Count == 0 ? null : $"not priced because not coded: {string.Join("; ", setting.Unpriced)}";
            return $"{Name}: partial; {string.Join("; ", new[] { missing, uncoded }.OfType<string>())}.";
        }
    }
}
