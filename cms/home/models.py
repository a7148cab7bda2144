"""The home page: what Kelisim is, and the programmes it offers."""

from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.fields import RichTextField
from wagtail.models import Page
from wagtail.search import index

from cms.routing import route_in_one_query
from curriculum.blocks import RICH_TEXT_FEATURES


class HomePage(Page):
    """The root of the site in each language; programmes are its children."""

    intro = RichTextField(_("introduction"), blank=True, features=RICH_TEXT_FEATURES)

    parent_page_types = ["wagtailcore.Page"]
    subpage_types = ["curriculum.ProgramPage"]
    max_count_per_parent = 1

    content_panels = [*Page.content_panels, FieldPanel("intro")]
    search_fields = [*Page.search_fields, index.SearchField("intro")]

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")

    def get_context(self, request, *args, **kwargs):
        context = super().get_context(request, *args, **kwargs)
        context["programmes"] = self.get_children().live().public().specific()
        return context

    def route(self, request, path_components):
        """Every page of the site is found from here, in two queries (see cms.routing)."""
        if not path_components:
            return super().route(request, path_components)
        return route_in_one_query(self, request, path_components)
