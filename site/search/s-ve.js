DossierSearch.shard("ve", {"vehemently":"4.6","vehement~":"4.6","venues":"4.6","venu~":"4.6","verbalize":"4.6","verbally":"4.6","verbal~":"4.8","version":"3.6"});
