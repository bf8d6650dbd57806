DossierSearch.shard("ve", {"vehemently":"3.6","venues":"3.6","verbalize":"3.6","verbally":"3.6","version":"2.6"});
