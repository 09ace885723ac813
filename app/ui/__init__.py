"""The Qt side of the app: widgets that receive the Atlas and talk in point codes."""
