/**
 * A geometry built on first use. tldraw asks every shape for its geometry when a page loads
 * (bounds for the spatial index and culling); parts of it that only a hit test needs — a note's
 * label area, which costs a DOM text measurement — can wait until someone points at the shape.
 *
 * What must stay true: the geometry is excluded from the shape's bounds
 * (`excludeFromShapeBounds`), else reading the bounds would build it anyway.
 */
import { Geometry2d, type Box, type Geometry2dFilters, type Geometry2dOptions, type Vec, type VecLike } from "tldraw";

export class LazyGeometry2d extends Geometry2d {
  private built: Geometry2d | undefined;

  constructor(
    private readonly build: () => Geometry2d,
    options: Geometry2dOptions,
  ) {
    super(options);
  }

  /** Whether the geometry has been built (tests and benchmarks count measurements with it). */
  get isBuilt(): boolean {
    return this.built !== undefined;
  }

  private get geometry(): Geometry2d {
    this.built ??= this.build();
    return this.built;
  }

  getVertices(filters: Geometry2dFilters): Vec[] {
    return this.geometry.getVertices(filters);
  }

  nearestPoint(point: VecLike, filters?: Geometry2dFilters): Vec {
    return this.geometry.nearestPoint(point, filters);
  }

  override hitTestPoint(point: VecLike, margin?: number, hitInside?: boolean, filters?: Geometry2dFilters): boolean {
    return this.geometry.hitTestPoint(point, margin, hitInside, filters);
  }

  override distanceToPoint(point: VecLike, hitInside?: boolean, filters?: Geometry2dFilters): number {
    return this.geometry.distanceToPoint(point, hitInside, filters);
  }

  override hitTestLineSegment(A: VecLike, B: VecLike, distance?: number, filters?: Geometry2dFilters): boolean {
    return this.geometry.hitTestLineSegment(A, B, distance, filters);
  }

  override getLength(filters?: Geometry2dFilters): number {
    return this.geometry.getLength(filters);
  }

  override getBounds(): Box {
    return this.geometry.bounds;
  }

  getSvgPathData(first: boolean): string {
    return this.geometry.getSvgPathData(first);
  }
}
