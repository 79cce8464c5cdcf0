package jp.lg.collection.rules;

import java.util.List;

/**
 * The outcome of {@link AllocationOrder#allocate}.
 *
 * @param allocations one per bill, in allocation order (bills that received nothing show zeros)
 * @param surplus     what is left after every balance is paid: a refund / 充当 candidate (過誤納金)
 */
public record AllocationResult(List<Allocation> allocations, long surplus) {

    public AllocationResult {
        allocations = Args.noNullElements("allocations", allocations);
    }
}
