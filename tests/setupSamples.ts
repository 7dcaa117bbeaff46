// Every test runs as the build does: with the photographs' pixels read from public/samples/.
import { readShippedPhotos } from "../src/widgets/samples/shipped";

readShippedPhotos();
