"""Keep OAI-PMH deletion records in step with what is published."""

import logging

from django.db.models.signals import pre_delete
from django.dispatch import receiver
from django.utils import timezone
from wagtail.signals import published, unpublished

from repository.facets import content_changed
from repository.models import OaiDeletion, Resource

logger = logging.getLogger(__name__)


@receiver(published, sender=Resource)
def forget_deletion(sender, instance: Resource, **kwargs) -> None:
    OaiDeletion.objects.filter(resource_id=instance.pk).delete()
    content_changed()
    logger.info("Resource %s published", instance.pk)


@receiver(unpublished, sender=Resource)
def record_unpublishing(sender, instance: Resource, **kwargs) -> None:
    _record_deletion(instance)
    content_changed()
    logger.info("Resource %s unpublished", instance.pk)


@receiver(pre_delete, sender=Resource)
def record_deletion(sender, instance: Resource, **kwargs) -> None:
    """Keep a deleted record of a resource harvesters may have taken."""
    stored = Resource.objects.filter(pk=instance.pk, first_published_at__isnull=False)
    if stored.exists():
        _record_deletion(instance)
    content_changed()
    logger.info("Resource %s deleted", instance.pk)


def _record_deletion(resource: Resource) -> None:
    from repository.oai import set_specs_of

    OaiDeletion.objects.update_or_create(
        resource_id=resource.pk,
        defaults={
            "datestamp": timezone.now(),
            "set_specs": " " + " ".join(set_specs_of(resource)) + " ",
        },
    )
