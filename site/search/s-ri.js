DossierSearch.shard("ri", {"rights":"0.1,1.1,1.1,1.1,1.1","rigid":"3.6","rise":"2.6","rising":"0.2,3.3,1.2","risk":"1.6","risks":"1.4,2.4","rival":"1.6","rivalry":"0.2,1.2,2.2,1.2"});
