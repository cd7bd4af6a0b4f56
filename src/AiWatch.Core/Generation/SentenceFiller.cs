using System.Globalization;
using System.Text;
using AiWatch.Core.Analysis;

namespace AiWatch.Core.Generation;

/// <summary>
/// Fills the slots of a template sentence ("{A} a levé {M} auprès de {B}.") from the article's cast, and, while
/// <see cref="Recording"/>, notes what it wrote (actors named, amounts) as the article's truth. A person is named
/// in full the first time, by an alias afterwards ("Elon Musk", then "Musk").
/// </summary>
public sealed class SentenceFiller(Random random, Cast cast, ActorRegistry registry)
{
    private const string Vowels = "AEIOUYÉÈÊÂÎaeiouyéèêâî";

    // Words that lose their vowel before one: "d’OpenAI", "qu’Apple" ("de"/"De" at the start of a sentence too).
    private static readonly string[] ElidingWords = ["de", "que", "De", "Que"];

    private readonly HashSet<string> named = new(StringComparer.Ordinal);
    private readonly HashSet<string> outsidersNamed = new(StringComparer.Ordinal);

    /// <summary>True while writing the body: only the body's actors and amounts are the article's truth.</summary>
    public bool Recording { get; set; }

    public HashSet<string> Actors { get; } = new(StringComparer.Ordinal);
    public List<GeneratedAmount> Amounts { get; } = [];

    /// <summary>
    /// The template with every slot filled and every variant phrase drawn from its group, its first letter
    /// capitalised unless it goes inside a sentence.
    /// </summary>
    public string Fill(string template, bool capitalise = true)
    {
        var text = new StringBuilder(template.Length + 64);
        foreach (var part in Template.Of(template).Parts)
        {
            switch (part.Kind)
            {
                case TemplatePartKind.Literal:
                    text.Append(part.Text);
                    break;
                case TemplatePartKind.Choice:
                    var choice = random.Pick(part.Choices);
                    AppendElided(text, part.Capitalised ? Capitalised(choice) : choice);
                    break;
                default:
                    AppendElided(text, Slot(part.Text, sentenceStart: capitalise && part.Capitalised));
                    break;
            }
        }
        return capitalise ? Capitalised(text.ToString()) : text.ToString();
    }

    /// <summary>Names an actor of the registry (and records the mention).</summary>
    public string Name(ActorDefinition actor, bool sentenceStart = false)
    {
        var first = named.Add(actor.Slug);
        // An organisation already named may be designated by its epithet at the head of a sentence
        // ("La firme de Redmond a…"); an epithet is not a literal mention, so it is not recorded.
        if (!actor.IsPerson && !first && sentenceStart && actor.Epithets.Count > 0 && random.Next(4) == 0)
        {
            return Capitalised(random.Pick(actor.Epithets));
        }
        if (Recording)
        {
            Actors.Add(actor.Slug);
        }
        if (actor.IsPerson)
        {
            return first || actor.Aliases.Count == 0 ? actor.Name : random.Pick(actor.Aliases);
        }
        return random.Next(10) == 0 && actor.Aliases.Count > 0 ? random.Pick(actor.Aliases) : actor.Name;
    }

    /// <summary>An outside person: full name the first time, surname afterwards.</summary>
    public string Name(OutsidePerson person) => outsidersNamed.Add(person.Name) ? person.Name : person.LastName;

    /// <summary>"PDG de Tesla" for a registry person (recording the organisation), the drawn role for anyone else.</summary>
    public string Role(ActorDefinition person)
    {
        var affiliation = person.Affiliations.FirstOrDefault();
        var organisation = affiliation is null ? null : registry.Find(affiliation.Organisation);
        return organisation is null ? (person.Role ?? "dirigeant") : $"{affiliation!.Role} {Elide("de", Name(organisation))}";
    }

    public string Role(OutsidePerson executive, ActorDefinition employer) => $"{executive.Role} {Elide("de", Name(employer))}";

    /// <summary>The amount written in one of its forms, recorded as truth while writing the body.</summary>
    public string Money(decimal value, string currency)
    {
        var text = FrenchMoney.Format(value, currency, random);
        if (Recording)
        {
            Amounts.Add(new GeneratedAmount(value, currency, text));
        }
        return text;
    }

    /// <summary>
    /// Appends a slot's value, eliding the "de" or "que" the template put before it: "la capitalisation de {B}"
    /// with Apple gives "la capitalisation d’Apple".
    /// </summary>
    private static void AppendElided(StringBuilder text, string value)
    {
        foreach (var word in ElidingWords)
        {
            var length = word.Length + 1;
            if (text.Length >= length && value.Length > 0 && Vowels.Contains(value[0])
                && text.ToString(text.Length - length, length) == word + " "
                && (text.Length == length || text[text.Length - length - 1] == ' '))
            {
                text.Length -= length;
                text.Append(Elide(word, value));
                return;
            }
        }
        text.Append(value);
    }

    /// <summary>"de OpenAI" → "d’OpenAI", "que Apple" → "qu’Apple".</summary>
    public static string Elide(string word, string next) =>
        next.Length > 0 && Vowels.Contains(next[0]) ? $"{word[..^1]}’{next}" : $"{word} {next}";

    public static string Uncapitalised(string text) =>
        text.Length == 0 ? text : char.ToLower(text[0], CultureInfo.InvariantCulture) + text[1..];

    public static string Capitalised(string text) =>
        text.Length == 0 || char.IsUpper(text[0]) ? text : char.ToUpper(text[0], CultureInfo.InvariantCulture) + text[1..];

    private string Slot(string slot, bool sentenceStart)
    {
        var colon = slot.IndexOf(':');
        if (colon > 0)
        {
            var head = slot[..colon];
            return head switch
            {
                "de" or "que" => Elide(head, Slot(slot[(colon + 1)..], sentenceStart: false)),
                _ => throw new InvalidDataException($"unknown slot prefix '{head}' in generator data"),
            };
        }
        var year = cast.Published.Year;
        return slot switch
        {
            "A" => Name(cast.A, sentenceStart),
            "B" => Name(cast.B, sentenceStart),
            "C" => Name(cast.C, sentenceStart),
            "P" => Name(cast.Person),
            "Prole" => Role(cast.Person),
            "X" => Name(cast.Expert),
            "Xr" => cast.Expert.Role,
            "M" => Money(cast.MainAmount, cast.Currency),
            "M2" => Money(FrenchMoney.Pick(random, 20_000_000m, 20_000_000_000m), cast.Currency),
            "big" => Money(FrenchMoney.Pick(random, 20_000_000_000m, 400_000_000_000m), cast.Currency),
            "V" => Money(cast.Valuation, cast.Currency),
            "date" => FrenchDates.OnDay(cast.EventDate, withYear: random.Next(3) == 0),
            "month" => FrenchDates.InMonth(random.Next(1, 13)),
            "year" => year.ToString(CultureInfo.InvariantCulture),
            "prevyear" => (year - 1 - random.Next(3)).ToString(CultureInfo.InvariantCulture),
            "nextyear" => (year + 1 + random.Next(3)).ToString(CultureInfo.InvariantCulture),
            "place" => cast.Place,
            "product" => cast.Product,
            "pct" => $"{random.Next(2, 60)} %",
            "n" => FrenchDates.Count(random.Next(12, 90) * (random.Next(2) == 0 ? 10 : 100)),
            "gw" => random.Next(2) == 0 ? random.Next(1, 6).ToString(CultureInfo.InvariantCulture) : $"{random.Next(1, 5)},{random.Next(1, 10)}",
            "outlet" => cast.CitedOutlet,
            "court" => cast.Court,
            _ => throw new InvalidDataException($"unknown slot '{{{slot}}}' in generator data"),
        };
    }
}
