"""Distances for the geodata tools: what the scripts that redraw lines from sourced points share."""
import math


def meters(a, b):
    """Great-circle distance between two [lon, lat] points on the mean Earth radius: enough to find the straight
    segments over 15 km and to check a transcription, not for the lengths the atlas reports (Geodesy does those)."""
    r = 6371008.8
    la1, la2 = math.radians(a[1]), math.radians(b[1])
    h = math.sin((la2 - la1) / 2) ** 2 + math.cos(la1) * math.cos(la2) * math.sin(math.radians(b[0] - a[0]) / 2) ** 2
    return 2 * r * math.asin(math.sqrt(min(1.0, h)))
