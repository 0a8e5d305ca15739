package tm.relations.energy;

/**
 * How a partner is connected by energy, seen from the partner (schema enum
 * {@code EnergyRole}).
 */
public enum EnergyRole {

	ROUTE_COUNTRY, JOINT_VENTURE_PARTNER, CONTRACTOR, BUILDER, BACKER, SHARES_FIELD, OPERATOR_COUNTRY, GAS_BUYER,
	GAS_SUPPLIER, ELECTRICITY_BUYER, ELECTRICITY_SUPPLIER, LPG_BUYER, LPG_SUPPLIER, WARM_WATER_SUPPLIER,
	WARM_WATER_RECIPIENT;

	/**
	 * The role of a fact linking an asset to the partner: its {@code ROUTE},
	 * {@code BUILT_BY} (with the stored {@code role}), {@code BACKED_BY}, {@code SPANS},
	 * or an {@code OPERATES}/{@code HOLDS} by the partner's company.
	 * @param type the relationship type
	 * @param builtByRole the {@code role} stored on a {@code BUILT_BY}, or null
	 * @return the role
	 */
	static EnergyRole ofAsset(String type, String builtByRole) {
		return switch (type) {
			case "ROUTE" -> ROUTE_COUNTRY;
			case "BACKED_BY" -> BACKER;
			case "SPANS" -> SHARES_FIELD;
			case "OPERATES", "HOLDS" -> OPERATOR_COUNTRY;
			case "BUILT_BY" -> switch ((builtByRole != null) ? builtByRole : "") {
				case "JOINT_VENTURE_PARTNER" -> JOINT_VENTURE_PARTNER;
				case "CONTRACTOR" -> CONTRACTOR;
				default -> BUILDER;
			};
			default -> throw new IllegalArgumentException("Not an energy asset link: " + type);
		};
	}

	/**
	 * The role of a flow between the asked country and the partner.
	 * @param type the relationship type, e.g. {@code EXPORTS_GAS_TO}
	 * @param fromAskedCountry whether the asked country starts the relationship (exports)
	 * @return the role
	 */
	static EnergyRole ofFlow(String type, boolean fromAskedCountry) {
		return switch (type) {
			case "EXPORTS_GAS_TO" -> fromAskedCountry ? GAS_BUYER : GAS_SUPPLIER;
			case "EXPORTS_ELECTRICITY_TO" -> fromAskedCountry ? ELECTRICITY_BUYER : ELECTRICITY_SUPPLIER;
			case "EXPORTS_LPG_TO" -> fromAskedCountry ? LPG_BUYER : LPG_SUPPLIER;
			case "SUPPLIES_WARM_WATER_TO" -> fromAskedCountry ? WARM_WATER_RECIPIENT : WARM_WATER_SUPPLIER;
			default -> throw new IllegalArgumentException("Not an energy flow: " + type);
		};
	}

}
