package org.corridoratlas.render;

import java.util.ArrayList;
import java.util.List;
import org.corridoratlas.catalog.Catalog;
import org.corridoratlas.i18n.Messages;
import org.locationtech.jts.awt.ShapeWriter;

/**
 * Builds the one {@link Scene} of a map picture, which {@link PngPainter} and {@link SvgPainter} paint: the layout
 * ({@link SceneLayout}: the frame fitted to the subject, legend and inset where they hide nothing), then the groups
 * from the bottom up: the basemap ({@link ReferenceLayers}), the subject ({@link SubjectMarks}), the atlas layers as
 * of a date ({@link AtlasLayers}), the labels ({@link SceneLabels}), the legend ({@link SceneLegend}), the inset,
 * title and credit ({@link MapFurniture}). Geometry is projected once at construction; a picture only scales it, so
 * one renderer serves many threads.
 */
public final class SceneRenderer {
  static {
    // A server has no display; AWT must not look for one.
    System.setProperty("java.awt.headless", "true");
    // Encoding to memory needs no disk cache; with it on, an unwritable java.io.tmpdir fails every picture.
    javax.imageio.ImageIO.setUseCache(false);
  }

  private final ReferenceLayers reference;
  private final AtlasLayers atlas;
  private final SceneLabels labels;
  /** The painted basemap of the frames asked for lately: the same region or corridor is asked for again and again. */
  private final BasemapCache basemaps = new BasemapCache();

  public SceneRenderer(Catalog catalog) {
    this.reference = new ReferenceLayers(catalog.data().basemap());
    this.atlas = new AtlasLayers(catalog);
    this.labels = new SceneLabels(reference, atlas);
  }

  public byte[] png(MapRequest request) {
    Scene scene = scene(request);
    return PngPainter.png(scene, basemaps.get(scene));
  }

  public String svg(MapRequest request) {
    String title = request.title() != null ? request.title()
        : request.highlightName() != null ? request.highlightName() : "Corridor Atlas";
    return SvgPainter.svg(scene(request), title, request.lang());
  }

  /** The scene of a request: what both painters draw. */
  public Scene scene(MapRequest r) {
    Messages text = Messages.of(r.lang());
    SceneLayout layout = SceneLayout.of(r, atlas, text);
    MapFrame frame = layout.frame();
    double s = layout.textScale();
    ShapeWriter shapes = new ShapeWriter(frame.projectedToPixels());
    // Vertices closer than half a pixel add time, not detail.
    shapes.setDecimation(0.5 / frame.pixelsPerUnit());
    List<Scene.Group> groups = new ArrayList<>();
    groups.add(Scene.Group.named("basemap", reference.marks(frame, shapes)));
    groups.add(Scene.Group.named("subject", SubjectMarks.marks(r, frame, shapes)));
    groups.add(Scene.Group.named("layers", atlas.marks(layout.drawn(), frame, shapes)));
    groups.add(Scene.Group.named("labels", labels.marks(r, layout, text)));
    groups.add(Scene.Group.named("legend", layout.legendBox() == null ? List.of()
        : SceneLegend.marks(layout.legend(), layout.legendBox().getX(), layout.legendBox().getY(), s)));
    if (layout.insetBox() != null) {
      groups.add(Scene.Group.named("inset", MapFurniture.inset(layout.insetBox(), frame, reference.countries())));
    }
    if (SceneLayout.titled(r)) {
      groups.add(Scene.Group.named("title", MapFurniture.title(r.title(), r.widthPx(), layout.titleHeightPx(), s,
          r.lang())));
    }
    groups.add(Scene.Group.named("credit", MapFurniture.credit(r, text, r.widthPx(), r.heightPx(),
        layout.creditHeightPx(), s)));
    return new Scene(r.widthPx(), r.heightPx(), MapStyle.SEA, groups, frame);
  }
}
