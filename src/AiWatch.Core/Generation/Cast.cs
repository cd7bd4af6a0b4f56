using AiWatch.Core.Analysis;

namespace AiWatch.Core.Generation;

/// <summary>Someone outside the registry the article quotes: an analyst, a lawyer, a company executive.</summary>
public sealed record OutsidePerson(string FirstName, string LastName, bool Feminine, string Role)
{
    public string Name => $"{FirstName} {LastName}";
}

/// <summary>
/// Who and what one article is about, drawn once so every sentence agrees: the organisations, the registry
/// person, the people quoted, the story's amount and dates.
/// </summary>
public sealed record Cast(
    ActorDefinition A,
    ActorDefinition B,
    ActorDefinition C,
    ActorDefinition Person,
    OutsidePerson Expert,
    OutsidePerson Executive,
    string Currency,
    decimal MainAmount,
    decimal Valuation,
    DateOnly Published,
    TimeOnly Time,
    DateOnly EventDate,
    string Product,
    string CitedOutlet,
    string Court,
    string Place)
{
    public static Cast Draw(Random random, ActorRegistry registry, StoryKind kind, GeneratorData data)
    {
        var people = registry.Actors.Where(a => a.IsPerson).ToList();
        var organisations = registry.Actors.Where(a => !a.IsPerson).ToList();
        var person = random.Pick(people);
        // Most stories quote someone of the company they are about: Huang speaks for Nvidia.
        var employer = person.Affiliations.Select(f => registry.Find(f.Organisation)).FirstOrDefault(o => o is not null);
        var a = employer is not null && random.Next(10) < 7 ? employer : random.Pick(organisations);
        var b = random.Pick(organisations.Where(o => o != a).ToList());
        var c = random.Pick(organisations.Where(o => o != a && o != b).ToList());
        var published = new DateOnly(2019, 1, 1).AddDays(random.Next(2738));
        var currency = random.Next(10) < 3 ? "EUR" : "USD";
        var products = data.People.Products.GetValueOrDefault(a.Slug) ?? data.People.GenericProducts;
        return new Cast(
            a, b, c, person,
            Outsider(random, data, data.People.ExpertRoles),
            Outsider(random, data, data.People.ExecRoles),
            currency,
            FrenchMoney.Pick(random, kind.Amount.Min, kind.Amount.Max),
            FrenchMoney.Pick(random, 2_000_000_000m, 800_000_000_000m),
            published,
            new TimeOnly(random.Next(6, 23), random.Next(60)),
            published.AddDays(-random.Next(6)),
            random.Pick(products),
            random.Pick(data.People.CitedOutlets),
            random.Pick(data.People.Courts),
            random.Pick(data.People.Places));
    }

    private static OutsidePerson Outsider(Random random, GeneratorData data, Gendered roles)
    {
        var feminine = random.Next(2) == 0;
        return new OutsidePerson(random.Pick(data.People.ExpertFirstNames.For(feminine)), random.Pick(data.People.LastNames), feminine, random.Pick(roles.For(feminine)));
    }
}

/// <summary>Picks from lists with the article's own random source, so an article depends only on its seed.</summary>
public static class RandomPicks
{
    public static T Pick<T>(this Random random, IReadOnlyList<T> items) => items[random.Next(items.Count)];

    /// <summary>The items in a random order (Fisher-Yates), for drawing without repeats.</summary>
    public static Queue<T> Shuffled<T>(this Random random, IEnumerable<T> items)
    {
        var list = items.ToList();
        for (var i = list.Count - 1; i > 0; i--)
        {
            var j = random.Next(i + 1);
            (list[i], list[j]) = (list[j], list[i]);
        }
        return new Queue<T>(list);
    }

    public static Queue<T> ToQueue<T>(this IEnumerable<T> items) => new(items);
}
