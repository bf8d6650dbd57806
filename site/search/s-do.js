DossierSearch.shard("do", {"document":"2.8","domain":"0.6","domains":"0.6","domestic":"0.4,4.5","dominance":"0.9","dominated":"0.4,2.4","doomed":"1.9","door":"4.6"});
