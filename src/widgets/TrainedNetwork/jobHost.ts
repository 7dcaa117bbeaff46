import {
  jobModel,
  runJob,
  transferList,
  type FromWorker,
  type JobModel,
  type ToWorker,
} from "./jobs";

/** Lets the messages that arrived meanwhile be received (a task, not a timer: timers are clamped). */
function nextTask(): Promise<void> {
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}

/**
 * The worker's side of the protocol: receives the network once, then jobs. Each channel (one
 * view of one widget) keeps only its latest job: an older one is skipped if it has not started
 * and stops after its current row if it has, and nothing is sent for it.
 */
export function jobHost(
  post: (message: FromWorker, transfer: ArrayBuffer[]) => void,
): (message: ToWorker) => void {
  let model: JobModel | null = null;
  const latest = new Map<string, number>();

  async function run(model: JobModel, { id, channel, job }: Extract<ToWorker, { type: "job" }>) {
    const wanted = () => latest.get(channel) === id;
    try {
      const result = await runJob(model, job, async (done, total) => {
        if (done > 0) post({ type: "progress", id, done, total }, []);
        await nextTask();
        return wanted();
      });
      if (result && wanted()) post({ type: "done", id, result }, transferList(result));
    } catch (error) {
      post(
        { type: "error", id, message: error instanceof Error ? error.message : String(error) },
        [],
      );
    }
  }

  return (message) => {
    if (message.type === "init") {
      model = jobModel(message.net, message.digits);
    } else if (!model) {
      post({ type: "error", id: message.id, message: "The network has not been received." }, []);
    } else {
      latest.set(message.channel, message.id);
      void run(model, message);
    }
  };
}
