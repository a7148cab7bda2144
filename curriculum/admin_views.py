"""The admin's delete screen for the apps' models: an object that records still refer to
through protected foreign keys (a region with its trainees, a qualification with its
certificates) is not deleted with a server error; the screen says which records keep it."""

from wagtail.admin.views import generic
from wagtail.admin.viewsets.model import ModelViewSet as WagtailModelViewSet

from .deletion import records_keeping


class DeleteView(generic.DeleteView):
    template_name = "curriculum/admin/confirm_delete.html"

    def setup(self, request, *args, **kwargs):
        super().setup(request, *args, **kwargs)
        self.kept = sorted(records_keeping([self.object]).items())

    def form_valid(self, form):
        if self.kept:
            return self.render_to_response(self.get_context_data(), status=409)
        return super().form_valid(form)


class ModelViewSet(WagtailModelViewSet):
    delete_view_class = DeleteView
