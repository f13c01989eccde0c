"""The prospects page: the pipeline, next actions, activities, offers."""
