DossierSearch.shard("us", {"usa":"4.a","use":"0.4,3.4","used":"4.8","use~":"4.8","usually":"3.6","usual~":"3.6"});
