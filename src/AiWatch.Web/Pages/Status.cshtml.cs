using Microsoft.AspNetCore.Diagnostics;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace AiWatch.Web.Pages;

/// <summary>Renders the body of an empty error response (re-executed by UseStatusCodePagesWithReExecute).</summary>
public sealed class Status : PageModel
{
    public string Heading { get; private set; } = "";
    public string Explanation { get; private set; } = "";

    public void OnGet(int code)
    {
        (Heading, Explanation) = code switch
        {
            404 => ("Page introuvable", "Cette page n’existe pas, ou l’article ou l’acteur demandé n’est pas (ou plus) dans la base."),
            400 => ("Requête invalide", "La demande n’a pas pu être comprise."),
            _ => ($"Erreur {code}", "La demande n’a pas abouti."),
        };
        // Reached directly (/status/404) rather than re-executed, the page must still say what it says.
        if (HttpContext.Features.Get<IStatusCodeReExecuteFeature>() is null)
        {
            Response.StatusCode = code;
        }
    }
}
